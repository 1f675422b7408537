import "server-only";
// A teacher's change to one question's score in a submitted attempt, and taking it back. The
// response's score, the override's who/when/why and the attempt's total change in one
// transaction with its audit entry; the database checks that the total is the sum (a deferred
// trigger) and that an override has a reason.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { scoreAnswer } from "@/lib/domain/scoring";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { recordAudit } from "./audit";
import { points } from "./points";
import { assignmentWhereTaughtBy } from "./teaching-access";

type Tx = Prisma.TransactionClient;

/** The response to change, locked with its attempt, if the caller teaches its class. */
async function lockedResponse(tx: Tx, actor: Viewer | null, attemptId: string, position: number) {
  const where = assignmentWhereTaughtBy(actor);
  if (!isId(attemptId)) throw new NotFoundError("That attempt");
  const attempt = await tx.attempt.findFirst({ where: { id: attemptId, assignment: where }, select: { id: true } });
  if (!attempt) throw new NotFoundError("That attempt");
  // Submits and other overrides of this attempt wait for this one (and we for them).
  const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Attempt" WHERE id = ${attempt.id} FOR UPDATE`;
  if (locked?.status !== "SUBMITTED") throw new ConflictError("This attempt is still in progress: scores can change once it is submitted.");
  const response = await tx.response.findUnique({
    where: { attemptId_position: { attemptId: attempt.id, position } },
    select: {
      id: true,
      score: true,
      answer: true,
      overrideReason: true,
      questionVersion: { select: { type: true, options: true, key: true, feedback: true, points: true } },
    },
  });
  if (!response) throw new NotFoundError("That question");
  return response;
}

async function updateTotal(tx: Tx, attemptId: string) {
  await tx.$executeRaw`
    UPDATE "Attempt" SET score = (SELECT COALESCE(sum(score), 0) FROM "Response" WHERE "attemptId" = ${attemptId})
    WHERE id = ${attemptId}`;
}

/** Sets a question's score by hand (0…its points, to the hundredth), with the reason shown to the student. */
export async function overrideScore(actor: Viewer | null, input: { attemptId: string; position: number; score: string; reason: string }) {
  const score = new Prisma.Decimal(input.score);
  await db().$transaction(async (tx) => {
    const response = await lockedResponse(tx, actor, input.attemptId, input.position);
    const max = response.questionVersion.points;
    if (score.isNegative() || score.greaterThan(max) || score.decimalPlaces() > 2) {
      throw new ValidationError("Check the highlighted fields.", { score: [`Give a score from 0 to ${max}, to the hundredth at most.`] });
    }
    await tx.response.update({
      where: { id: response.id },
      data: { score, correct: score.equals(max), overrideReason: input.reason, overriddenById: actor!.id, overriddenAt: new Date() },
    });
    await updateTotal(tx, input.attemptId);
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "response.override",
      entity: { type: "Response", id: response.id },
      before: { score: points(response.score), reason: response.overrideReason },
      after: { score: score.toNumber(), reason: input.reason },
    });
  });
}

/** Takes an override back: the machine score, recomputed from the answer and the key. */
export async function removeOverride(actor: Viewer | null, input: { attemptId: string; position: number }) {
  await db().$transaction(async (tx) => {
    const response = await lockedResponse(tx, actor, input.attemptId, input.position);
    if (response.overrideReason === null) throw new ConflictError("This question's score was not changed by hand.");
    const version = response.questionVersion;
    const content = parseStoredQuestion(version);
    const machine = scoreAnswer(content.type, content, response.answer, version.points);
    await tx.response.update({
      where: { id: response.id },
      data: { score: machine.points, correct: machine.correct, overrideReason: null, overriddenById: null, overriddenAt: null },
    });
    await updateTotal(tx, input.attemptId);
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "response.override-removed",
      entity: { type: "Response", id: response.id },
      before: { score: points(response.score), reason: response.overrideReason },
      after: { score: machine.points, reason: null },
    });
  });
}
