import "server-only";
import { points } from "./points";
// A student's progress: submitted attempts over time, mastery per fact (share of correct
// answers on questions citing it; blanks are "not answered", apart), and the questions of the
// facts they know least.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { UnauthenticatedError } from "@/lib/errors";
import { compareMastery, isMissed, masteryOf } from "@/lib/domain/mastery";

type Tx = Prisma.TransactionClient;

export type FactMastery = {
  factId: string;
  code: string | null;
  statement: string;
  answered: number;
  correct: number;
  /** Questions on it left blank: "not answered", never counted as wrong (lib/domain/mastery.ts). */
  notAnswered: number;
  /** null until something on it was answered. */
  mastery: number | null;
};

async function masteryRows(client: Tx | ReturnType<typeof db>, userId: string): Promise<FactMastery[]> {
  const rows = await client.$queryRaw<{ factId: string; code: string | null; statement: string; answered: bigint; correct: bigint; notAnswered: bigint }[]>`
    SELECT f.id AS "factId", f.code, f.statement,
           count(*) FILTER (WHERE r.answer IS NOT NULL AND r.answer <> 'null'::jsonb) AS answered,
           count(*) FILTER (WHERE r.correct AND r.answer IS NOT NULL AND r.answer <> 'null'::jsonb) AS correct,
           count(*) FILTER (WHERE r.answer IS NULL OR r.answer = 'null'::jsonb) AS "notAnswered"
    FROM "Response" r
    JOIN "Attempt" a ON a.id = r."attemptId" AND a."userId" = ${userId} AND a.status = 'SUBMITTED'
    JOIN (SELECT DISTINCT c."questionVersionId", e."factId" FROM "Citation" c JOIN "Evidence" e ON e.id = c."evidenceId") qf
      ON qf."questionVersionId" = r."questionVersionId"
    JOIN "Fact" f ON f.id = qf."factId"
    GROUP BY f.id, f.code, f.statement`;
  return rows
    .map((row) => {
      const counts = { answered: Number(row.answered), correct: Number(row.correct), notAnswered: Number(row.notAnswered) };
      return { factId: row.factId, code: row.code, statement: row.statement, ...counts, mastery: masteryOf(counts) };
    })
    .sort(compareMastery);
}

/**
 * Current versions of published questions citing the facts with the lowest mastery (below
 * 100%), weakest first, at most `limit`.
 */
export async function missedQuestionVersionIds(tx: Tx, userId: string, limit: number): Promise<{ questionId: string; versionId: string }[]> {
  const weak = (await masteryRows(tx, userId)).filter(isMissed);
  const chosen: { questionId: string; versionId: string }[] = [];
  for (const fact of weak) {
    const questions = await tx.question.findMany({
      where: {
        status: "PUBLISHED",
        currentVersion: { citations: { some: { evidence: { factId: fact.factId } } } },
      },
      select: { id: true, currentVersionId: true },
      orderBy: { code: "asc" },
    });
    for (const q of questions) {
      if (q.currentVersionId && !chosen.some((c) => c.versionId === q.currentVersionId)) chosen.push({ questionId: q.id, versionId: q.currentVersionId });
      if (chosen.length >= limit) return chosen;
    }
  }
  return chosen;
}

export async function getProgress(actor: Viewer | null) {
  if (!actor) throw new UnauthenticatedError();
  const [attempts, mastery] = await Promise.all([
    db().attempt.findMany({
      where: { userId: actor.id, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        title: true,
        submittedAt: true,
        score: true,
        maxScore: true,
        quizSet: { select: { title: true } },
        assignment: { select: { title: true } },
      },
    }),
    masteryRows(db(), actor.id),
  ]);
  return {
    attempts: attempts.map((a) => ({
      id: a.id,
      title: a.assignment?.title ?? a.quizSet?.title ?? a.title ?? "Practice",
      submittedAt: a.submittedAt!,
      score: points(a.score) ?? 0,
      maxScore: points(a.maxScore) ?? 0,
    })),
    mastery,
  };
}
