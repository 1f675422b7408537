import "server-only";
import { isId } from "@/lib/validation/ids";
// Starting, resuming, reading and submitting attempts. Every function takes the acting user
// and puts the ownership or enrolment in its query, so a wrong user finds nothing (404).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { signedIn, type Viewer } from "@/lib/identity/viewer";
import { AppError, NotFoundError } from "@/lib/errors";
import { attemptDeadline, attemptsLeft, effectiveDue, effectiveTimeLimit, isPastDeadline, startWindow } from "@/lib/domain/deadlines";
import type { AnsweredQuestion } from "@/lib/domain/question-types";
import { inStudentOrder, withAnswer } from "@/lib/domain/questions";
import { closeAttempt } from "./attempt-scoring";
import { drawOptionOrder, shuffled } from "@/lib/domain/option-order";
import { questionsHeldBack } from "./key-holders";
import { missedPractice } from "./progress";
import { shownVersions } from "./shown-versions";

type Tx = Prisma.TransactionClient;

export type StartTarget = { assignmentId: string } | { quizSetSlug: string } | { missed: true };


const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Closes the actor's attempt if its deadline has passed (answers saved before it count). */
async function closeIfExpired(tx: Tx, attempt: { id: string; status: string; deadlineAt: Date | null }, now: Date) {
  if (attempt.status === "IN_PROGRESS" && isPastDeadline(attempt.deadlineAt, now)) {
    await closeAttempt(tx, attempt.id, attempt.deadlineAt!);
    return true;
  }
  return false;
}

/**
 * The response slots of a new attempt, in the order this student sees the questions (drawn
 * now when the set or assignment shuffles them), each with the order of its options. Stored,
 * so a reload, the no-JavaScript form and the review show the same order; scoring goes by ids.
 */
async function slotsFor(tx: Tx, versionIds: string[], shuffle: { questions: boolean; options: boolean }) {
  const versions = shuffle.options ? await tx.questionVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, options: true } }) : [];
  const optionsOf = new Map(versions.map((v) => [v.id, v.options]));
  const ordered = shuffle.questions ? shuffled(versionIds) : versionIds;
  return ordered.map((questionVersionId, position) => {
    const optionOrder = shuffle.options ? drawOptionOrder(optionsOf.get(questionVersionId)) : null;
    return { questionVersionId, position, ...(optionOrder ? { optionOrder } : {}) };
  });
}

async function currentVersions(tx: Tx, quizSetId: string) {
  const items = await tx.quizItem.findMany({
    where: { quizSetId, question: { status: "PUBLISHED", currentVersionId: { not: null } } },
    orderBy: { position: "asc" },
    select: { questionId: true, question: { select: { currentVersionId: true } } },
  });
  return items.map((item) => ({ questionId: item.questionId, versionId: item.question.currentVersionId! }));
}

/**
 * Practice leaves out the questions whose keys an assignment still holds back (its review would
 * show them at once): see docs/decisions/006-key-visibility.md.
 */
async function practiceVersions(tx: Tx, candidates: { questionId: string; versionId: string }[], now: Date) {
  const heldBack = await questionsHeldBack(
    tx,
    candidates.map((c) => c.questionId),
    now,
  );
  return candidates.filter((c) => !heldBack.has(c.questionId)).map((c) => c.versionId);
}

async function startForAssignment(tx: Tx, user: Viewer, assignmentId: string, now: Date) {
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, enrollments: { some: { userId: user.id } } } },
    include: { extensions: { where: { userId: user.id } } },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  // An open attempt is resumed; if its time ran out, it is closed and its review shown.
  const open = await tx.attempt.findFirst({ where: { userId: user.id, assignmentId, status: "IN_PROGRESS" } });
  if (open) {
    await closeIfExpired(tx, open, now);
    return open.id;
  }

  // An archived assignment keeps its attempts (resumed above, reviewed later) but starts none.
  if (assignment.archivedAt) throw new AppError(409, "Your teacher has archived this assignment: it cannot be started any more.");
  const extension = assignment.extensions[0] ?? null;
  const dueAt = effectiveDue(assignment, extension);
  const window = startWindow({ now, opensAt: assignment.opensAt, dueAt });
  if (!window.ok) {
    throw new AppError(409, window.reason === "not-open-yet" ? "This assignment is not open yet." : "This assignment is closed.");
  }
  const used = await tx.attempt.count({ where: { userId: user.id, assignmentId } });
  if (attemptsLeft({ maxAttempts: assignment.maxAttempts, extraAttempts: extension?.extraAttempts ?? 0, used }) <= 0) {
    throw new AppError(409, "You have used all your attempts at this assignment.");
  }
  // Every student of an assignment gets the versions frozen when it was created.
  const versions = (await tx.assignmentItem.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionVersionId: true } })).map(
    (item) => item.questionVersionId,
  );
  const attempt = await tx.attempt.create({
    data: {
      userId: user.id,
      quizSetId: assignment.quizSetId,
      assignmentId,
      number: used + 1,
      startedAt: now,
      deadlineAt: attemptDeadline({ startedAt: now, timeLimitSeconds: effectiveTimeLimit(assignment, extension), dueAt }),
      responses: { createMany: { data: await slotsFor(tx, versions, { questions: assignment.shuffleQuestions, options: assignment.shuffleOptions }) } },
    },
  });
  return attempt.id;
}

async function startPractice(tx: Tx, user: Viewer, slug: string, now: Date) {
  const quizSet = await tx.quizSet.findFirst({ where: { slug, status: "PUBLISHED", ownerId: null } });
  if (!quizSet) throw new NotFoundError("That quiz");
  const open = await tx.attempt.findFirst({ where: { userId: user.id, quizSetId: quizSet.id, assignmentId: null, status: "IN_PROGRESS" } });
  if (open) return open.id;
  const versions = await practiceVersions(tx, await currentVersions(tx, quizSet.id), now);
  if (versions.length === 0) {
    throw new AppError(409, "Every question of this set is in an assignment that is still open: practise it once the assignment has closed.");
  }
  const attempt = await tx.attempt.create({
    data: {
      userId: user.id,
      quizSetId: quizSet.id,
      startedAt: now,
      responses: { createMany: { data: await slotsFor(tx, versions, { questions: quizSet.shuffleQuestions, options: quizSet.shuffleOptions }) } },
    },
  });
  return attempt.id;
}

async function startMissedPractice(tx: Tx, user: Viewer, now: Date) {
  const open = await tx.attempt.findFirst({ where: { userId: user.id, quizSetId: null, assignmentId: null, status: "IN_PROGRESS" } });
  if (open) return open.id;
  // Missed questions first, then the others on the same facts (held-back keys already left out).
  const pick = await missedPractice(tx, user.id, 10, now);
  const versions = [...pick.missed, ...pick.onSameFacts].map((c) => c.versionId);
  if (versions.length === 0) throw new AppError(409, "Nothing to practise yet: answer some questions first.");
  const attempt = await tx.attempt.create({
    data: {
      userId: user.id,
      title: "Practise what I missed",
      startedAt: now,
      responses: { createMany: { data: await slotsFor(tx, versions, { questions: false, options: true }) } },
    },
  });
  return attempt.id;
}

/**
 * Starts an attempt, or resumes the one in progress. Two starts at once create one attempt:
 * the database's partial unique index refuses the second, which then resumes the first.
 * One interactive transaction: in a class rush the wait for a pooled connection is what a
 * start spends most on, and the transaction waits once where separate queries wait for each
 * (measured: start p50 7 s against 17-19 s in the rush; class_burst_s in the README). Its slots
 * are written with one INSERT, so the connection is held briefly.
 */
export async function startAttempt(actor: Viewer | null, target: StartTarget): Promise<string> {
  const user = signedIn(actor);
  const run = () =>
    db().$transaction(async (tx) => {
      const now = new Date();
      if ("assignmentId" in target) return startForAssignment(tx, user, target.assignmentId, now);
      if ("quizSetSlug" in target) return startPractice(tx, user, target.quizSetSlug, now);
      return startMissedPractice(tx, user, now);
    });
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

/** Submits the actor's attempt (idempotent: a second submit changes nothing). */
export async function submitAttempt(actor: Viewer | null, attemptId: string): Promise<void> {
  const user = signedIn(actor);
  await db().$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({ where: { id: attemptId, userId: user.id }, select: { id: true, status: true, deadlineAt: true } });
    if (!attempt) throw new NotFoundError("That attempt");
    const now = new Date();
    if (await closeIfExpired(tx, attempt, now)) return;
    await closeAttempt(tx, attempt.id, now);
  });
}

/** What the student sees (type, options: choices, prompts, units) and their saved answer. Never the key or feedback. */
export type TakingQuestion = AnsweredQuestion & {
  position: number;
  stem: string;
  points: number;
  savedAt: Date | null;
};

export type AttemptForTaking = {
  id: string;
  title: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  deadlineAt: Date | null;
  sequence: number;
  assignmentId: string | null;
  questions: TakingQuestion[];
};

type TakingRow = {
  id: string;
  title: string | null;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  deadlineAt: Date | null;
  sequence: number;
  assignmentId: string | null;
  setTitle: string | null;
  assignmentTitle: string | null;
  // One row per response slot; all null for an attempt without any (LEFT JOIN).
  position: number | null;
  questionVersionId: string | null;
  answer: unknown;
  savedAt: Date | null;
  optionOrder: unknown;
};

/**
 * The attempt and its response slots in one round trip (the relation API would take five),
 * the owner in the `where`. Slots only: what each version shows comes from shownVersions.
 */
const readTakingRows = (userId: string, attemptId: string) => db().$queryRaw<TakingRow[]>`
  SELECT a.id, a.title, a.status::text AS status, a."startedAt", a."deadlineAt", a.sequence, a."assignmentId",
    qs.title AS "setTitle", asg.title AS "assignmentTitle",
    r.position, r."questionVersionId", r.answer, r."savedAt", r."optionOrder"
  FROM "Attempt" a
  LEFT JOIN "QuizSet" qs ON qs.id = a."quizSetId"
  LEFT JOIN "Assignment" asg ON asg.id = a."assignmentId"
  LEFT JOIN "Response" r ON r."attemptId" = a.id
  WHERE a.id = ${attemptId} AND a."userId" = ${userId}
  ORDER BY r.position`;

/**
 * The actor's attempt as the taking page needs it: no keys, feedback or explanations. Two
 * queries at most on the common path (one once the versions are cached); an attempt whose time
 * ran out is closed first and read again.
 */
export async function getAttemptForTaking(actor: Viewer | null, attemptId: string): Promise<AttemptForTaking> {
  const user = signedIn(actor);
  if (!isId(attemptId)) throw new NotFoundError("That attempt");
  let rows = await readTakingRows(user.id, attemptId);
  if (rows.length === 0) throw new NotFoundError("That attempt");
  if (rows[0].status === "IN_PROGRESS" && isPastDeadline(rows[0].deadlineAt, new Date())) {
    const expired = rows[0];
    await db().$transaction((tx) => closeIfExpired(tx, expired, new Date()));
    rows = await readTakingRows(user.id, attemptId);
  }
  const attempt = rows[0];
  const slots = rows.filter((r): r is TakingRow & { position: number; questionVersionId: string } => r.position !== null && r.questionVersionId !== null);
  const versions = await shownVersions(slots.map((slot) => slot.questionVersionId));
  return {
    id: attempt.id,
    title: attempt.assignmentTitle ?? attempt.setTitle ?? attempt.title ?? "Practice",
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    sequence: attempt.sequence,
    assignmentId: attempt.assignmentId,
    questions: slots.map((slot) => {
      const version = versions.get(slot.questionVersionId);
      // A response's version cannot be deleted (foreign key): a missing one is broken data.
      if (!version) throw new Error(`Question version ${slot.questionVersionId} of attempt ${attempt.id} was not found.`);
      return {
        ...withAnswer(inStudentOrder(version.shown, slot.optionOrder), slot.answer),
        position: slot.position,
        stem: version.stem,
        points: version.points,
        savedAt: slot.savedAt,
      };
    }),
  };
}
