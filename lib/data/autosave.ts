import "server-only";
// Saving one answer: the hot path (every change a student makes). The answer is checked against
// the question version the attempt shows (cached per process, guarded in the write), then one
// statement bumps the attempt's sequence and writes the answer together, guarded by owner,
// status, deadline and the sequence the tab last saw, and, for the autosave route, by the
// caller's session still being valid: one round trip to the database in the common case.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/identity/viewer";
import type { SessionClaims } from "@/lib/identity/token";
import { AttemptConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { validateAnswer } from "@/lib/domain/answers";
import { DEADLINE_GRACE_MS, isPastDeadline } from "@/lib/domain/deadlines";
import type { ShownQuestion } from "@/lib/domain/question-types";
import { parseShownQuestion } from "@/lib/domain/questions";
import { closeAttempt } from "./attempt-scoring";

/** `answer: null` clears the question's answer. `saveId`, made by the client, names this save. */
export type SaveRequest = { attemptId: string; position: number; answer: unknown; sequence: number; saveId?: string };
export type SaveResult = { sequence: number; savedAt: Date };

// (attempt, position) -> the question version it shows, parsed for its type: its options are
// all an answer is checked against. Cached per process. A regrade can move an open attempt to a
// corrected version, in any process or instance, so the write below is guarded by the cached
// version's id: a save checked against a version the attempt no longer shows changes nothing,
// and is checked again against the current one (see save).
type CachedQuestion = { versionId: string; question: ShownQuestion };
const questions = new Map<string, CachedQuestion>();
const maxCached = 20_000;

/** Forgets what this process cached (a regrade here; other processes rely on the guard). */
export function forgetCachedQuestions(): void {
  questions.clear();
}

async function questionOf(attemptId: string, position: number): Promise<CachedQuestion | null> {
  const cacheKey = `${attemptId}:${position}`;
  const cached = questions.get(cacheKey);
  if (cached) return cached;
  const [row] = await db().$queryRaw<{ id: string; type: string; options: unknown }[]>`
    SELECT qv.id, qv.type, qv.options FROM "Response" r JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
    WHERE r."attemptId" = ${attemptId} AND r.position = ${position}`;
  if (!row) return null;
  const entry = { versionId: row.id, question: parseShownQuestion(row) };
  if (questions.size >= maxCached) questions.clear();
  questions.set(cacheKey, entry);
  return entry;
}

async function save(userId: string, sessionVersion: number | null, request: SaveRequest, recheck = true): Promise<SaveResult> {
  const shown = await questionOf(request.attemptId, request.position);
  // Only the owner may learn anything about the attempt, even whether an answer fits.
  if (!shown || !(await ownsAttempt(userId, request.attemptId))) throw new NotFoundError("That question");
  const { question, versionId } = shown;
  let stored: string | null = null;
  if (request.answer !== null) {
    const checked = validateAnswer(question.type, question, request.answer);
    if (!checked.ok) {
      if (recheck && (await shownVersionChanged(request, versionId))) return save(userId, sessionVersion, request, false);
      throw new ValidationError(checked.message, { answer: [checked.message] });
    }
    stored = JSON.stringify(checked.answer);
  }

  const graceSeconds = DEADLINE_GRACE_MS / 1000;
  const checkSession = sessionVersion !== null;
  const [saved] = await db().$queryRaw<{ sequence: number; savedAt: Date }[]>`
    WITH bumped AS (
      UPDATE "Attempt" SET sequence = sequence + 1, "lastSaveId" = ${request.saveId ?? null}
      WHERE id = ${request.attemptId} AND "userId" = ${userId} AND status = 'IN_PROGRESS'
        AND sequence = ${request.sequence}
        AND ("deadlineAt" IS NULL OR "deadlineAt" + make_interval(secs => ${graceSeconds}) >= now())
        AND (NOT ${checkSession} OR EXISTS (
          SELECT 1 FROM "User" u WHERE u.id = ${userId} AND u."sessionVersion" = ${sessionVersion ?? 0} AND u."disabledAt" IS NULL))
        AND EXISTS (
          SELECT 1 FROM "Response" shown WHERE shown."attemptId" = ${request.attemptId} AND shown.position = ${request.position}
            AND shown."questionVersionId" = ${versionId})
      RETURNING id, sequence
    )
    UPDATE "Response" r SET answer = ${stored}::jsonb, "savedAt" = now()
    FROM bumped
    WHERE r."attemptId" = bumped.id AND r.position = ${request.position}
    RETURNING bumped.sequence AS sequence, r."savedAt" AS "savedAt"`;
  if (saved) return saved;
  if (recheck && (await shownVersionChanged(request, versionId))) return save(userId, sessionVersion, request, false);
  const refused = await whyRefused(userId, sessionVersion, request, stored);
  if (refused instanceof Error) throw refused;
  return refused;
}

/**
 * Whether the attempt now shows another version at this position than `versionId`, the one the
 * answer was checked against (a regrade, perhaps in another process). Reloads the cache entry;
 * the caller then checks the answer once more, against the version shown now.
 */
async function shownVersionChanged(request: SaveRequest, versionId: string): Promise<boolean> {
  questions.delete(`${request.attemptId}:${request.position}`);
  const current = await questionOf(request.attemptId, request.position);
  return current !== null && current.versionId !== versionId;
}

/**
 * A retry of a save that was written but whose reply was lost (a dropped connection, an app
 * restart): the attempt has moved exactly one step past the sequence the save carried, and
 * that step was this save (same save id) or left the slot holding exactly this answer.
 * Answering it as it was first answered makes retrying safe; a save from another tab in
 * between moves the sequence further, and stays a conflict.
 */
async function replayOf(userId: string, request: SaveRequest, stored: string | null): Promise<SaveResult | null> {
  const [row] = await db().$queryRaw<{ sequence: number; savedAt: Date }[]>`
    SELECT a.sequence, r."savedAt" FROM "Attempt" a JOIN "Response" r ON r."attemptId" = a.id AND r.position = ${request.position}
    WHERE a.id = ${request.attemptId} AND a."userId" = ${userId} AND a.status = 'IN_PROGRESS'
      AND a.sequence = ${request.sequence + 1} AND r."savedAt" IS NOT NULL
      AND (a."lastSaveId" = ${request.saveId ?? null} OR r.answer IS NOT DISTINCT FROM ${stored}::jsonb)`;
  return row ?? null;
}

// The owner check for the cached path; cheap (primary key) and skipped when the write succeeds.
const owners = new Map<string, string>();
async function ownsAttempt(userId: string, attemptId: string): Promise<boolean> {
  const known = owners.get(attemptId);
  if (known) return known === userId;
  const attempt = await db().attempt.findUnique({ where: { id: attemptId }, select: { userId: true } });
  if (!attempt) return false;
  if (owners.size >= maxCached) owners.clear();
  owners.set(attemptId, attempt.userId);
  return attempt.userId === userId;
}

/** Why the guarded write changed nothing; or, for a replayed save, its original answer. */
async function whyRefused(userId: string, sessionVersion: number | null, request: SaveRequest, stored: string | null): Promise<Error | SaveResult> {
  const { attemptId } = request;
  if (sessionVersion !== null) {
    const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabledAt: true } });
    if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return new UnauthenticatedError();
  }
  const replayed = await replayOf(userId, request, stored);
  if (replayed) return replayed;
  const attempt = await db().attempt.findFirst({ where: { id: attemptId, userId }, select: { status: true, sequence: true, deadlineAt: true, lastSaveId: true } });
  if (!attempt) return new NotFoundError("That attempt");
  if (attempt.status === "SUBMITTED") return new AttemptConflictError("submitted");
  if (isPastDeadline(attempt.deadlineAt, new Date())) {
    await db().$transaction((tx) => closeAttempt(tx, attemptId, attempt.deadlineAt!));
    return new AttemptConflictError("time-up");
  }
  // The last save's id lets a tab whose own reply was lost see that it was its save.
  return new AttemptConflictError("stale", attempt.sequence, attempt.lastSaveId);
}

/** For a caller whose session was already checked (server actions). */
export async function saveAnswer(actor: Viewer | null, request: SaveRequest): Promise<SaveResult> {
  if (!actor) throw new UnauthenticatedError();
  return save(actor.id, null, request);
}

/**
 * For the autosave route: the session token's claims, checked against the user row inside the
 * same statement that writes (a signed-out, disabled or demoted user's save is refused).
 */
export async function saveAnswerForSession(claims: SessionClaims | null, request: SaveRequest): Promise<SaveResult> {
  if (!claims) throw new UnauthenticatedError();
  return save(claims.userId, claims.sessionVersion, request);
}
