// "Practise what I missed": the questions this student answered wrong or left blank, most
// recent first, then, as a separate group, other questions on the same weak facts (never seen,
// or answered right). A question counts as missed by its latest answer: one answered right
// since is no longer missed. Only questions practice may show (`eligible`) are picked.
import type { Outcome } from "./mastery";

export type PastAnswer = { questionId: string; at: Date; outcome: Outcome };
export type MissedPracticePick = { missed: string[]; onSameFacts: string[] };

/** Each question's latest answer (a later one wins; on a tie, a miss wins). */
function latestByQuestion(history: PastAnswer[]): Map<string, PastAnswer> {
  const latest = new Map<string, PastAnswer>();
  for (const answer of history) {
    const seen = latest.get(answer.questionId);
    const later = !seen || answer.at > seen.at || (answer.at.getTime() === seen.at.getTime() && answer.outcome !== "right");
    if (later) latest.set(answer.questionId, answer);
  }
  return latest;
}

/**
 * `onWeakFacts`: question ids on the facts the student knows least, weakest fact first. At most
 * `limit` questions in all, the missed ones first.
 */
export function pickMissedPractice(history: PastAnswer[], onWeakFacts: string[], eligible: (questionId: string) => boolean, limit: number): MissedPracticePick {
  const missed = [...latestByQuestion(history).values()]
    .filter((answer) => answer.outcome !== "right" && eligible(answer.questionId))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.questionId.localeCompare(b.questionId))
    .map((answer) => answer.questionId)
    .slice(0, Math.max(0, limit));
  const taken = new Set(missed);
  const onSameFacts: string[] = [];
  for (const questionId of onWeakFacts) {
    if (taken.size >= limit) break;
    if (taken.has(questionId) || !eligible(questionId)) continue;
    taken.add(questionId);
    onSameFacts.push(questionId);
  }
  return { missed, onSameFacts };
}
