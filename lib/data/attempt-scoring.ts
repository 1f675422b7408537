import "server-only";
// Submitting an attempt: score every response with lib/domain/scoring and write the result
// once. The attempt row is locked (FOR UPDATE) so that parallel submits, a sweep and a late
// save cannot interleave: the first scores it, the others find it submitted.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { scoreAttempt } from "@/lib/domain/scoring";
import { parseStoredQuestion } from "@/lib/domain/questions";

type Tx = Prisma.TransactionClient;

/** Scores and closes the attempt if it is still open; `at` is the submission time recorded. */
export async function closeAttempt(tx: Tx, attemptId: string, at: Date): Promise<void> {
  const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
  if (!locked || locked.status !== "IN_PROGRESS") return;
  const responses = await tx.response.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { id: true, answer: true, questionVersion: { select: { type: true, options: true, key: true, feedback: true, points: true } } },
  });
  const result = scoreAttempt(
    responses.map((r) => {
      const content = parseStoredQuestion(r.questionVersion);
      return { type: content.type, content, answer: r.answer, points: r.questionVersion.points };
    }),
  );
  await Promise.all(
    responses.map((r, i) =>
      tx.response.update({ where: { id: r.id }, data: { score: result.items[i].points, correct: result.items[i].correct } }),
    ),
  );
  await tx.attempt.update({
    where: { id: attemptId, status: "IN_PROGRESS" },
    data: { status: "SUBMITTED", submittedAt: at, score: result.score, maxScore: result.maxScore },
  });
}

/**
 * Closes open attempts whose deadline (plus grace) has passed, at their deadline, one per
 * transaction; returns the ids it closed. Safe to run anywhere at once (several workers,
 * several machines): each claims its next attempt with FOR UPDATE SKIP LOCKED, so concurrent
 * sweeps share the work instead of queueing on the same rows, and closeAttempt re-checks the
 * status under the lock, so none is scored twice. No session state (no advisory lock), so it
 * also works through PgBouncer in transaction mode.
 */
export async function sweepExpiredAttempts(limit = 200): Promise<string[]> {
  const closed: string[] = [];
  while (closed.length < limit) {
    const id = await db().$transaction(async (tx) => {
      const [next] = await tx.$queryRaw<{ id: string; deadlineAt: Date }[]>`
        SELECT id, "deadlineAt" FROM "Attempt"
        WHERE status = 'IN_PROGRESS' AND "deadlineAt" < now() - interval '2 seconds'
        ORDER BY "deadlineAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!next) return null;
      await closeAttempt(tx, next.id, next.deadlineAt);
      return next.id;
    });
    if (id === null) break;
    closed.push(id);
  }
  return closed;
}
