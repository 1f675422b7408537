import "server-only";
import { ranOutOfTime } from "@/lib/domain/deadlines";
import { points } from "./points";
import { isId } from "@/lib/validation/ids";
// The review of a submitted attempt, cut to what its review policy allows: the key, feedback,
// explanations and citations are read only when they may be shown.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/identity/viewer";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { keyVisible, lastDueAt, withholdingHolders } from "@/lib/domain/key-visibility";
import type { ReviewedQuestion } from "@/lib/domain/question-types";
import { parseShownQuestion, withAnswer, withKey } from "@/lib/domain/questions";
import { shownInOrder } from "@/lib/domain/option-order";
import { reviewPolicyFor, reviewVisibility, type ReviewVisibility } from "@/lib/domain/review-policy";
import { sentenceAt } from "@/lib/domain/sentences";
import { textFragmentUrl } from "@/lib/domain/text-fragment";
import { renderMarkdown } from "@/lib/format/markdown";
import { citationLabel, type CitationLabel } from "@/lib/domain/evidence-label";
import { keyHoldersByQuestion } from "./key-holders";

export type ReviewCitation = {
  quote: string;
  stance: "SUPPORTS" | "DISPUTES" | "UPDATES";
  note: string | null;
  fact: { statement: string; kind: string; attributedTo: string | null; asOf: Date | null; asOfPrecision: "DAY" | "MONTH" | "YEAR" | null };
  /** Whose figure the quote gives and as of when, from the evidence itself (lib/domain/evidence-label.ts). */
  label: CitationLabel;
  source: { slug: string; title: string; publisher: string | null; publishedAt: Date | null };
  /** `/sources/<slug>#s-<n>` for a source kept in Cited; null for a linked one. */
  readerHref: string | null;
  /** The original page at the quoted words (text fragment), when the source has a URL. */
  externalHref: string | null;
};

/**
 * One question reviewed. Its type, options, answer, key and feedback (ReviewedQuestion) are typed
 * by the question's type; the answer, key and feedback are null when the review policy hides them.
 */
export type ReviewItem = ReviewedQuestion & {
  position: number;
  stem: string;
  points: number;
  score: number;
  correct: boolean;
  /**
   * True when an assignment that is still open holds this question's key back: then its score,
   * verdict, key, feedback and explanation are all left out (score 0, correct false), since
   * even a verdict on one's own answer narrows the key down.
   */
  heldBack: boolean;
  explanationHtml: string | null;
  citations: ReviewCitation[];
  /** Other sources on the same facts: confirming, disputing or updating them. */
  related: ReviewCitation[];
  /** Why a teacher changed this question's score (shown to the student), or null. */
  overrideReason?: string | null;
  /** What a regrade to a newer version of the question changed, and when, or null. */
  regradeNote?: string | null;
  regradedAt?: Date | null;
};

const evidenceSelect = {
  id: true,
  quote: true,
  start: true,
  stance: true,
  note: true,
  claimant: true,
  asOf: true,
  asOfPrecision: true,
  factId: true,
  fact: { select: { statement: true, kind: true, attributedTo: true, asOf: true, asOfPrecision: true } },
  source: { select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, url: true } },
} as const;

type EvidenceRow = {
  id: string;
  quote: string;
  start: number | null;
  stance: ReviewCitation["stance"];
  note: string | null;
  claimant: string | null;
  asOf: Date | null;
  asOfPrecision: "DAY" | "MONTH" | "YEAR" | null;
  factId: string;
  fact: ReviewCitation["fact"];
  source: { id: string; slug: string; title: string; publisher: string | null; publishedAt: Date | null; url: string | null };
};

type SentenceSpan = { sourceId: string; index: number; start: number; end: number };

/** The sentences of every source these rows quote, by source: one query for a whole review. */
async function sentencesOf(rows: EvidenceRow[]): Promise<Map<string, SentenceSpan[]>> {
  const sourceIds = [...new Set(rows.filter((r) => r.start !== null).map((r) => r.source.id))];
  const bySource = new Map<string, SentenceSpan[]>(sourceIds.map((id) => [id, []]));
  if (sourceIds.length === 0) return bySource;
  const sentences = await db().sentence.findMany({
    where: { sourceId: { in: sourceIds } },
    orderBy: { index: "asc" },
    select: { sourceId: true, index: true, start: true, end: true },
  });
  for (const sentence of sentences) bySource.get(sentence.sourceId)!.push(sentence);
  return bySource;
}

function toCitations(rows: EvidenceRow[], sentences: Map<string, SentenceSpan[]>): ReviewCitation[] {
  return rows.map((row) => {
    const sentence = row.start === null ? undefined : sentenceAt(sentences.get(row.source.id) ?? [], row.start);
    return {
      quote: row.quote,
      stance: row.stance,
      note: row.note,
      fact: row.fact,
      label: citationLabel(row.fact, row, row.source.publisher),
      source: { slug: row.source.slug, title: row.source.title, publisher: row.source.publisher, publishedAt: row.source.publishedAt },
      readerHref: sentence ? `/sources/${row.source.slug}#s-${sentence.index}` : null,
      externalHref: row.source.url ? textFragmentUrl(row.source.url, row.quote) : null,
    };
  });
}

/** The key and feedback as stored (parsed for their question's type by withKey). */
export type Explanation = Pick<ReviewItem, "explanationHtml" | "citations" | "related"> & { key: unknown; feedback: unknown };

/** Key, feedback, explanation and sources of question versions. Only call once they may be shown. */
export async function explainVersions(versionIds: string[]): Promise<Map<string, Explanation>> {
  const versions = await db().questionVersion.findMany({
    where: { id: { in: versionIds } },
    select: {
      id: true,
      key: true,
      feedback: true,
      explanation: true,
      citations: { orderBy: { position: "asc" }, select: { evidence: { select: evidenceSelect } } },
    },
  });
  const factIds = [...new Set(versions.flatMap((v) => v.citations.map((c) => c.evidence.factId)))];
  const allEvidence = factIds.length
    ? ((await db().evidence.findMany({ where: { factId: { in: factIds } }, select: evidenceSelect, orderBy: { createdAt: "asc" } })) as EvidenceRow[])
    : [];
  // Every cited piece of evidence belongs to one of these facts, so these sources cover all.
  const sentences = await sentencesOf(allEvidence);
  const result = new Map<string, Explanation>();
  for (const version of versions) {
    const cited = version.citations.map((c) => c.evidence as EvidenceRow);
    const citedIds = new Set(cited.map((c) => c.id));
    const facts = new Set(cited.map((c) => c.factId));
    result.set(version.id, {
      key: version.key,
      feedback: version.feedback,
      explanationHtml: renderMarkdown(version.explanation),
      citations: toCitations(cited, sentences),
      related: toCitations(allEvidence.filter((e) => facts.has(e.factId) && !citedIds.has(e.id)), sentences),
    });
  }
  return result;
}

export async function getReview(actor: Viewer | null, attemptId: string) {
  if (!actor) throw new UnauthenticatedError();
  if (!isId(attemptId)) throw new NotFoundError("That review");
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId: actor.id, status: "SUBMITTED" },
    select: {
      id: true,
      title: true,
      score: true,
      maxScore: true,
      submittedAt: true,
      deadlineAt: true,
      assignmentId: true,
      quizSet: { select: { title: true, slug: true } },
      assignment: { select: { title: true, dueAt: true, reviewPolicy: true, extensions: { select: { dueAt: true } } } },
      responses: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          answer: true,
          score: true,
          correct: true,
          questionVersionId: true,
          optionOrder: true,
          overrideReason: true,
          regradeNote: true,
          regradedAt: true,
          questionVersion: { select: { questionId: true, type: true, stem: true, options: true, points: true } },
        },
      },
    },
  });
  if (!attempt) throw new NotFoundError("That review");

  // "After the due date" means after the last one in the class, extensions included: otherwise
  // a student could pass the key to a classmate who is still working on an extension.
  const dueAt = attempt.assignment ? lastDueAt(attempt.assignment) : null;
  const now = new Date();
  const visible: ReviewVisibility = reviewVisibility({
    policy: reviewPolicyFor(attempt.assignment),
    attemptSubmitted: true,
    now,
    dueAt,
  });

  // The same question may sit in an assignment that still holds its key back: the student's
  // own other assignments for an assignment's review, anyone's for practice.
  const holders = await keyHoldersByQuestion(
    db(),
    attempt.responses.map((r) => r.questionVersion.questionId),
    attempt.assignmentId ? { userId: actor.id } : "everyone",
  );
  const own = attempt.assignmentId ? { assignmentId: attempt.assignmentId, policyShowsKey: visible.key } : undefined;
  const holdersOf = (r: (typeof attempt.responses)[number]) => holders.get(r.questionVersion.questionId) ?? [];
  const heldBack = new Set(attempt.responses.filter((r) => withholdingHolders(holdersOf(r), now, own?.assignmentId).length > 0).map((r) => r.position));
  const keyShown = (r: (typeof attempt.responses)[number]) => keyVisible({ now, holders: holdersOf(r), own });

  const shown = attempt.responses.filter((r) => !heldBack.has(r.position));
  const explained =
    visible.key || visible.feedback || visible.explanations ? await explainVersions(shown.map((r) => r.questionVersionId)) : new Map<string, Explanation>();

  const items: ReviewItem[] = attempt.responses.map((r) => {
    const held = heldBack.has(r.position);
    const extra = keyShown(r) ? explained.get(r.questionVersionId) : undefined;
    const answered = withAnswer(parseShownQuestion(shownInOrder(r.questionVersion, r.optionOrder)), visible.answers ? r.answer : null);
    return {
      ...withKey(answered, visible.key ? (extra?.key ?? null) : null, visible.feedback ? (extra?.feedback ?? null) : null),
      position: r.position,
      stem: r.questionVersion.stem,
      points: r.questionVersion.points,
      score: held ? 0 : (points(r.score) ?? 0),
      correct: held ? false : (r.correct ?? false),
      heldBack: held,
      explanationHtml: visible.explanations ? (extra?.explanationHtml ?? null) : null,
      citations: visible.explanations ? (extra?.citations ?? []) : [],
      related: visible.explanations ? (extra?.related ?? []) : [],
      // A held-back question shows no score, so nothing about how it changed either.
      overrideReason: held ? null : r.overrideReason,
      regradeNote: held ? null : r.regradeNote,
      regradedAt: held ? null : r.regradedAt,
    };
  });
  // A practice review's total covers only the questions it shows; an assignment's total is its
  // own (its policy shows the score), kept as stored.
  const practiceTotal = !own && heldBack.size > 0;

  return {
    id: attempt.id,
    title: attempt.assignment?.title ?? attempt.quizSet?.title ?? attempt.title ?? "Practice",
    score: practiceTotal ? shown.reduce((sum, r) => sum + (points(r.score) ?? 0), 0) : (points(attempt.score) ?? 0),
    maxScore: practiceTotal ? shown.reduce((sum, r) => sum + r.questionVersion.points, 0) : (points(attempt.maxScore) ?? 0),
    heldBackCount: heldBack.size,
    submittedAt: attempt.submittedAt!,
    ranOutOfTime: ranOutOfTime(attempt),
    assignmentId: attempt.assignmentId,
    dueAt,
    reviewPolicy: reviewPolicyFor(attempt.assignment),
    visible,
    items: visible.score ? items : [],
  };
}

export type Review = Awaited<ReturnType<typeof getReview>>;
