// Loads a quiz set as the set checker reads it (lib/domain/set-checker.ts) and runs the checker.
// Reads only: the caller decides what a blocking finding stops (publishing, in the quiz set pages).
// Takes the client or a transaction so a save can check what it is about to commit.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { findQuote } from "@/lib/domain/quote-match";
import { checkSet } from "@/lib/domain/set-checker";
import type { CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { isQuestionType } from "@/lib/domain/question-types";
import { NotFoundError } from "@/lib/errors";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Whether evidence still points at its quote: a link-only source has no text to check; a kept
 * text must have a recorded span inside it whose words are the quote (typographic quotes,
 * dashes and spaces aside, as quote matching compares them).
 */
export function evidenceResolves(evidence: { quote: string; start: number | null; end: number | null; source: { text: string | null } }): boolean {
  const text = evidence.source.text;
  if (text === null) return true;
  const { start, end } = evidence;
  if (start === null || end === null || start < 0 || end > text.length || start >= end) return false;
  const span = text.slice(start, end);
  return findQuote(span, evidence.quote).some((found) => found.start === 0 && found.end === span.length);
}

/** A stored date at its precision: "2025", "2025-06" or "2025-08-15". */
function isoDate(date: Date | null, precision: string | null): string | null {
  if (!date) return null;
  const day = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? day.slice(0, 4) : precision === "MONTH" ? day.slice(0, 7) : day;
}

export async function loadCheckedSet(db: Client, quizSetId: string): Promise<CheckedSet | null> {
  const set = await db.quizSet.findUnique({
    where: { id: quizSetId },
    select: {
      id: true,
      title: true,
      description: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          question: {
            select: {
              id: true,
              code: true,
              currentVersion: {
                select: {
                  type: true,
                  stem: true,
                  options: true,
                  key: true,
                  explanation: true,
                  citations: {
                    orderBy: { position: "asc" },
                    select: {
                      evidence: {
                        select: {
                          id: true,
                          factId: true,
                          sourceId: true,
                          quote: true,
                          start: true,
                          end: true,
                          asOf: true,
                          asOfPrecision: true,
                          fact: { select: { asOf: true, asOfPrecision: true } },
                          source: { select: { text: true, publishedAt: true } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!set) return null;
  const questions: CheckedSet["questions"] = [];
  for (const [position, { question }] of set.items.entries()) {
    const version = question.currentVersion;
    // A question with no current version has nothing to show; it cannot be in a set students take.
    if (!version || !isQuestionType(version.type)) continue;
    questions.push({
      questionId: question.id,
      code: question.code,
      position,
      type: version.type,
      stem: version.stem,
      options: version.options,
      key: version.key,
      explanation: version.explanation,
      citations: version.citations.map(({ evidence }) => ({
        evidenceId: evidence.id,
        factId: evidence.factId,
        sourceId: evidence.sourceId,
        quote: evidence.quote,
        resolves: evidenceResolves(evidence),
        dates: [
          isoDate(evidence.asOf, evidence.asOfPrecision),
          isoDate(evidence.fact.asOf, evidence.fact.asOfPrecision),
          isoDate(evidence.source.publishedAt, "DAY"),
        ].filter((d): d is string => d !== null),
      })),
    });
  }
  const sourceIds = [...new Set(questions.flatMap((q) => q.citations.map((c) => c.sourceId)))];
  const facts = sourceIds.length
    ? await db.fact.findMany({
        where: { evidence: { some: { sourceId: { in: sourceIds } } } },
        orderBy: [{ code: "asc" }, { id: "asc" }],
        select: { id: true, code: true, statement: true },
      })
    : [];
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    shuffleQuestions: set.shuffleQuestions,
    shuffleOptions: set.shuffleOptions,
    questions,
    sourceFacts: facts.map((fact) => ({ factId: fact.id, code: fact.code, statement: fact.statement })),
  };
}

/** The checker's findings on a quiz set as stored now; throws when there is no such set. */
export async function checkQuizSet(db: Client, quizSetId: string): Promise<Finding[]> {
  const set = await loadCheckedSet(db, quizSetId);
  if (!set) throw new NotFoundError("That quiz set");
  return checkSet(set);
}
