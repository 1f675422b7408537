import "server-only";
import { isSlug } from "@/lib/validation/ids";
// The public practice set for visitors without an account: questions to answer, then scored
// and explained at once. Nothing is stored.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { scoreAttempt } from "@/lib/domain/scoring";
import { parseShownQuestion, parseStoredQuestion, withAnswer, withKey } from "@/lib/domain/questions";
import { questionsHeldBack } from "./key-holders";
import { applyOptionOrder, drawOptionOrder } from "@/lib/domain/option-order";
import { explainVersions, type ReviewItem } from "./review";

async function publicVersions(slug: string) {
  if (!isSlug(slug)) throw new NotFoundError("That quiz");
  const set = await db().quizSet.findFirst({
    where: { slug, status: "PUBLISHED", isPublic: true, ownerId: null },
    select: {
      title: true,
      description: true,
      shuffleOptions: true,
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
  return { title: set.title, description: set.description, shuffleOptions: set.shuffleOptions, versions, heldBackCount: set.items.length - versions.length };
}

/** The questions as a visitor sees them: no key, feedback or explanation (and no answer yet). */
export async function getPublicQuiz(slug: string) {
  const { title, description, shuffleOptions, versions, heldBackCount } = await publicVersions(slug);
  // A fresh order of options on every visit when the set shuffles them; answers go by option
  // ids, so the order the form had does not matter when it is scored.
  const shown = (v: (typeof versions)[number]) => (shuffleOptions ? { ...v, options: applyOptionOrder(v.options, drawOptionOrder(v.options)) } : v);
  return {
    slug,
    title,
    description,
    heldBackCount,
    questions: versions.map((v, position) => ({ ...withAnswer(parseShownQuestion(shown(v)), null), position, stem: v.stem, points: v.points })),
  };
}

/** Scores a visitor's answers (by position) and explains every question. */
export async function scorePublicQuiz(slug: string, answers: Record<number, unknown>) {
  const { title, versions } = await publicVersions(slug);
  const questions = versions.map((v) => parseStoredQuestion(v));
  // Answers of the wrong shape count as none (scored 0, shown as not answered).
  const given = questions.map((question, position) => withAnswer(question, answers[position]));
  const scored = scoreAttempt(questions.map((content, i) => ({ type: content.type, content, answer: given[i].answer, points: versions[i].points })));
  const explained = await explainVersions(versions.map((v) => v.id));
  const items: ReviewItem[] = versions.map((v, position) => {
    const { key, feedback, ...explanation } = explained.get(v.id)!;
    return {
      ...withKey(given[position], key, feedback),
      position,
      stem: v.stem,
      points: v.points,
      score: scored.items[position].points,
      correct: scored.items[position].correct,
      heldBack: false,
      ...explanation,
    };
  });
  return { title, score: scored.score, maxScore: scored.maxScore, items };
}

export type PublicQuizResult = Awaited<ReturnType<typeof scorePublicQuiz>>;
