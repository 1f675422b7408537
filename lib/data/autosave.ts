import "server-only";
// Saving one answer: the hot path (every change a student makes). One read to check the answer
// against its question, then one statement that bumps the attempt's sequence and writes the
// answer together, guarded by owner, status, deadline and the sequence the tab last saw.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AttemptConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { validateAnswer } from "@/lib/domain/answers";
import { DEADLINE_GRACE_MS, isPastDeadline } from "@/lib/domain/deadlines";
import type { QuestionContent, QuestionType } from "@/lib/domain/question-types";
import { closeAttempt } from "./attempt-scoring";

/** `answer: null` clears the question's answer. */
export type SaveRequest = { attemptId: string; position: number; answer: unknown; sequence: number };
export type SaveResult = { sequence: number; savedAt: Date };

export async function saveAnswer(actor: Viewer | null, request: SaveRequest): Promise<SaveResult> {
  if (!actor) throw new UnauthenticatedError();
  const [question] = await db().$queryRaw<{ type: QuestionType; options: unknown; key: unknown }[]>`
    SELECT qv.type, qv.options, qv.key
    FROM "Response" r
    JOIN "Attempt" a ON a.id = r."attemptId"
    JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
    WHERE r."attemptId" = ${request.attemptId} AND r.position = ${request.position} AND a."userId" = ${actor.id}`;
  if (!question) throw new NotFoundError("That question");
  let stored: string | null = null;
  if (request.answer !== null) {
    const checked = validateAnswer(question.type, { options: question.options, key: question.key } as QuestionContent, request.answer);
    if (!checked.ok) throw new ValidationError(checked.message, { answer: [checked.message] });
    stored = JSON.stringify(checked.answer);
  }

  const graceSeconds = DEADLINE_GRACE_MS / 1000;
  const [saved] = await db().$queryRaw<{ sequence: number; savedAt: Date }[]>`
    WITH bumped AS (
      UPDATE "Attempt" SET sequence = sequence + 1
      WHERE id = ${request.attemptId} AND "userId" = ${actor.id} AND status = 'IN_PROGRESS'
        AND sequence = ${request.sequence}
        AND ("deadlineAt" IS NULL OR "deadlineAt" + make_interval(secs => ${graceSeconds}) >= now())
      RETURNING id, sequence
    )
    UPDATE "Response" r SET answer = ${stored}::jsonb, "savedAt" = now()
    FROM bumped
    WHERE r."attemptId" = bumped.id AND r.position = ${request.position}
    RETURNING bumped.sequence AS sequence, r."savedAt" AS "savedAt"`;
  if (saved) return saved;
  throw await whyRefused(actor, request.attemptId);
}

async function whyRefused(actor: Viewer, attemptId: string): Promise<Error> {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId: actor.id },
    select: { status: true, sequence: true, deadlineAt: true },
  });
  if (!attempt) return new NotFoundError("That attempt");
  if (attempt.status === "SUBMITTED") return new AttemptConflictError("submitted");
  if (isPastDeadline(attempt.deadlineAt, new Date())) {
    await db().$transaction((tx) => closeAttempt(tx, attemptId, attempt.deadlineAt!));
    return new AttemptConflictError("time-up");
  }
  return new AttemptConflictError("stale", attempt.sequence);
}
