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

/** Closes every open attempt whose deadline (plus grace) has passed, at its deadline. */
export async function sweepExpiredAttempts(limit = 200): Promise<number> {
  const expired = await db().$queryRaw<{ id: string; deadlineAt: Date }[]>`
    SELECT id, "deadlineAt" FROM "Attempt"
    WHERE status = 'IN_PROGRESS' AND "deadlineAt" < now() - interval '2 seconds'
    ORDER BY "deadlineAt" LIMIT ${limit}`;
  for (const attempt of expired) {
    await db().$transaction((tx) => closeAttempt(tx, attempt.id, attempt.deadlineAt));
  }
  return expired.length;
}
