import "server-only";
import { points } from "./points";
// A student's progress: submitted attempts over time, mastery per fact (share of correct
// answers on questions citing it; blanks are "not answered", apart), and what "practise what I
// missed" gives them.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { UnauthenticatedError } from "@/lib/errors";
import { compareMastery, isMissed, masteryOf, outcomeOf, tally, type MasteryCounts } from "@/lib/domain/mastery";
import { pickMissedPractice } from "@/lib/domain/missed-practice";
import { questionsHeldBack } from "./key-holders";

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

type Client = Tx | ReturnType<typeof db>;

/** Every answer of the student's submitted attempts, with its outcome and the facts it cites. */
async function answerHistory(client: Client, userId: string) {
  const rows = await client.response.findMany({
    where: { attempt: { userId, status: "SUBMITTED" } },
    select: {
      answer: true,
      correct: true,
      attempt: { select: { submittedAt: true } },
      questionVersion: { select: { type: true, questionId: true, citations: { select: { evidence: { select: { factId: true } } } } } },
    },
  });
  return rows.map((r) => ({
    questionId: r.questionVersion.questionId,
    at: r.attempt.submittedAt!,
    outcome: outcomeOf(r.questionVersion.type, r.answer, r.correct),
    factIds: [...new Set(r.questionVersion.citations.map((c) => c.evidence.factId))],
  }));
}

type History = Awaited<ReturnType<typeof answerHistory>>;

/** Mastery per fact the student has met, known least first. Blanks count apart (lib/domain/mastery.ts). */
async function masteryOfHistory(client: Client, history: History): Promise<FactMastery[]> {
  const counts = new Map<string, MasteryCounts>();
  for (const answer of history) {
    for (const factId of answer.factIds) counts.set(factId, tally(counts.get(factId) ?? { answered: 0, correct: 0, notAnswered: 0 }, answer.outcome));
  }
  const facts = await client.fact.findMany({ where: { id: { in: [...counts.keys()] } }, select: { id: true, code: true, statement: true } });
  return facts
    .map((fact) => {
      const c = counts.get(fact.id)!;
      return { factId: fact.id, code: fact.code, statement: fact.statement, ...c, mastery: masteryOf(c) };
    })
    .sort(compareMastery);
}

export type PracticeCandidate = { questionId: string; versionId: string; stem: string };
export type MissedPractice = { missed: PracticeCandidate[]; onSameFacts: PracticeCandidate[] };

/**
 * "Practise what I missed" for a student: the questions they answered wrong or left blank, most
 * recent first, then other questions on the same weak facts (lib/domain/missed-practice.ts), at
 * most `limit`. Only current versions of published questions in a published set of the admins
 * (never a teacher's own set), and none whose key an open assignment still holds back.
 */
export async function missedPractice(tx: Client, userId: string, limit: number, now: Date): Promise<MissedPractice> {
  const history = await answerHistory(tx, userId);
  const weakFacts = (await masteryOfHistory(tx, history)).filter(isMissed);
  const practicable = await tx.question.findMany({
    where: { status: "PUBLISHED", currentVersionId: { not: null }, quizItems: { some: { quizSet: { status: "PUBLISHED", ownerId: null } } } },
    orderBy: { code: "asc" },
    select: { id: true, currentVersionId: true, currentVersion: { select: { stem: true, citations: { select: { evidence: { select: { factId: true } } } } } } },
  });
  const heldBack = await questionsHeldBack(tx, practicable.map((q) => q.id), now);
  const byId = new Map(practicable.filter((q) => !heldBack.has(q.id)).map((q) => [q.id, q]));
  const onWeakFacts = weakFacts.flatMap((fact) =>
    practicable.filter((q) => q.currentVersion?.citations.some((c) => c.evidence.factId === fact.factId)).map((q) => q.id),
  );
  const pick = pickMissedPractice(history, onWeakFacts, (id) => byId.has(id), limit);
  const candidate = (id: string): PracticeCandidate => {
    const q = byId.get(id)!;
    return { questionId: q.id, versionId: q.currentVersionId!, stem: q.currentVersion!.stem };
  };
  return { missed: pick.missed.map(candidate), onSameFacts: pick.onSameFacts.map(candidate) };
}

/** What "Practise what I missed" would give the student now: shown before they start it. */
export async function getMissedPractice(actor: Viewer | null, limit = 10): Promise<MissedPractice> {
  if (!actor) throw new UnauthenticatedError();
  return missedPractice(db(), actor.id, limit, new Date());
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
    answerHistory(db(), actor.id).then((history) => masteryOfHistory(db(), history)),
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
