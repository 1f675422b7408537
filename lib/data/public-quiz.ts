import "server-only";
import { isSlug } from "@/lib/validation/ids";
// The public practice set for visitors without an account: questions to answer, then scored
// and explained at once. Nothing is stored.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { scoreAttempt } from "@/lib/domain/scoring";
import { parseAnswer } from "@/lib/domain/answers";
import type { QuestionContent, QuestionType } from "@/lib/domain/question-types";
import { questionsHeldBack } from "./key-holders";
import { explainVersions, type ReviewItem } from "./review";

async function publicVersions(slug: string) {
  if (!isSlug(slug)) throw new NotFoundError("That quiz");
  const set = await db().quizSet.findFirst({
    where: { slug, status: "PUBLISHED", isPublic: true },
    select: {
      title: true,
      description: true,
      items: {
        where: { question: { status: "PUBLISHED" } },
        orderBy: { position: "asc" },
        select: { questionId: true, question: { select: { currentVersion: true } } },
      },
    },
  });
  if (!set) throw new NotFoundError("That quiz");
  // Questions whose keys an open assignment holds back are left out: a visitor's review would
  // show them (docs/decisions/006-key-visibility.md).
  const heldBack = await questionsHeldBack(
    db(),
    set.items.map((i) => i.questionId),
    new Date(),
  );
  const versions = set.items.filter((i) => !heldBack.has(i.questionId) && i.question.currentVersion).map((i) => i.question.currentVersion!);
  return { title: set.title, description: set.description, versions, heldBackCount: set.items.length - versions.length };
}

/** The questions as a visitor sees them: no key, feedback or explanation. */
export async function getPublicQuiz(slug: string) {
  const { title, description, versions, heldBackCount } = await publicVersions(slug);
  return {
    slug,
    title,
    description,
    heldBackCount,
    questions: versions.map((v, position) => ({ position, type: v.type, stem: v.stem, options: v.options, points: v.points })),
  };
}

/** Scores a visitor's answers (by position) and explains every question. */
export async function scorePublicQuiz(slug: string, answers: Record<number, unknown>) {
  const { title, versions } = await publicVersions(slug);
  const given = versions.map((v, position) => {
    const parsed = parseAnswer(v.type as QuestionType, answers[position]);
    return parsed.ok ? parsed.answer : null;
  });
  const scored = scoreAttempt(
    versions.map((v, i) => ({
      type: v.type as QuestionType,
      content: { options: v.options, key: v.key, feedback: v.feedback ?? undefined } as QuestionContent,
      answer: given[i],
      points: v.points,
    })),
  );
  const explained = await explainVersions(versions.map((v) => v.id));
  const items: ReviewItem[] = versions.map((v, position) => ({
    position,
    type: v.type,
    stem: v.stem,
    options: v.options,
    points: v.points,
    score: scored.items[position].points,
    correct: scored.items[position].correct,
    heldBack: false,
    answer: given[position],
    ...explained.get(v.id)!,
  }));
  return { title, score: scored.score, maxScore: scored.maxScore, items };
}

export type PublicQuizResult = Awaited<ReturnType<typeof scorePublicQuiz>>;
