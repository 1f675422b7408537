import "server-only";
// Loads a quiz set and runs the set checker on it. This version reports only the blocking rule:
// a question with no citation whose quote resolves in its source (a link-only source's quote
// always counts as resolving: there is no text to find it in). The full checker, with its warning
// rules, replaces this file and keeps the signature.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { resolveQuote } from "@/lib/domain/quote-match";
import type { Finding } from "@/lib/domain/set-check-types";

type Tx = Prisma.TransactionClient;

export async function checkQuizSet(db: PrismaClient | Tx, quizSetId: string): Promise<Finding[]> {
  const items = await db.quizItem.findMany({
    where: { quizSetId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      question: {
        select: {
          id: true,
          code: true,
          currentVersion: {
            select: { citations: { select: { evidence: { select: { quote: true, start: true, source: { select: { text: true } } } } } } },
          },
        },
      },
    },
  });
  const findings: Finding[] = [];
  for (const { position, question } of items) {
    const citations = question.currentVersion?.citations ?? [];
    const resolving = citations.some(({ evidence }) => {
      const text = evidence.source.text;
      if (text === null) return evidence.quote.trim().length > 0;
      return resolveQuote(text, evidence.quote, evidence.start ?? undefined).ok;
    });
    if (resolving) continue;
    const name = question.code ?? `Question ${position + 1}`;
    findings.push({
      rule: "unresolved-quote",
      severity: "blocking",
      message:
        citations.length === 0
          ? `${name} cites nothing: it needs at least one citation whose quote is found in its source.`
          : `${name}: none of its ${citations.length === 1 ? "citation's quote is" : `${citations.length} citations' quotes are`} found in the source any more.`,
      questionIds: [question.id],
    });
  }
  return findings;
}
