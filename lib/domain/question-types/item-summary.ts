// What item analysis shows of one question's answers, whatever its type: how often each option,
// figure or text was chosen ("choices"), or how often each part of an arrangement was right
// ("parts"). Each type module builds it from the distinct answers and their counts
// (`analyse` in ./definition.ts); the counts come from one GROUP BY in SQL.

/** An option, figure or text, how many attempts chose it, and whether it earns full credit. */
export type ChoiceCount = { label: string; count: number; keyed: boolean };
/** A position or pair of an arrangement and how many answers had it right. */
export type PartCount = { label: string; correct: number };

export type ItemAnalysisSummary =
  | { kind: "choices"; answered: number; unanswered: number; rows: ChoiceCount[]; /** answers beyond the rows shown */ others: number }
  | { kind: "parts"; answered: number; unanswered: number; rows: PartCount[] };

/** A distinct answer (null: none, or not of the type's shape) and how many attempts gave it. */
export type AnswerCount<A> = { answer: A | null; count: number };

export const TOP_ANSWERS = 5;

export const answeredOf = <A>(counts: AnswerCount<A>[]) => counts.filter((c): c is { answer: A; count: number } => c.answer !== null);
export const unansweredOf = <A>(counts: AnswerCount<A>[]) => counts.filter((c) => c.answer === null).reduce((sum, c) => sum + c.count, 0);
const total = (counts: { count: number }[]) => counts.reduce((sum, c) => sum + c.count, 0);

/** Groups answers by a label, keeps the TOP_ANSWERS most common (ties by label), counts the rest. */
export function topAnswers<A>(counts: AnswerCount<A>[], labelOf: (a: A) => string, keyed: (a: A) => boolean): ItemAnalysisSummary {
  const answered = answeredOf(counts);
  const grouped = new Map<string, ChoiceCount>();
  for (const { answer, count } of answered) {
    const label = labelOf(answer);
    const row = grouped.get(label) ?? { label, count: 0, keyed: keyed(answer) };
    row.count += count;
    grouped.set(label, row);
  }
  const rows = [...grouped.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const shown = rows.slice(0, TOP_ANSWERS);
  return { kind: "choices", answered: total(answered), unanswered: unansweredOf(counts), rows: shown, others: total(answered) - total(shown) };
}

/** One row per option, in the options' order: how many answers picked it. */
export function optionCounts<A>(counts: AnswerCount<A>[], options: { id: string; text: string }[], picked: (a: A) => string[], keyedIds: string[]): ItemAnalysisSummary {
  const answered = answeredOf(counts);
  const rows = options.map((option) => ({
    label: option.text,
    count: total(answered.filter((c) => new Set(picked(c.answer)).has(option.id))),
    keyed: keyedIds.includes(option.id),
  }));
  return { kind: "choices", answered: total(answered), unanswered: unansweredOf(counts), rows, others: 0 };
}

/** One row per part: how many answers had it right. */
export function partCounts<A, P>(counts: AnswerCount<A>[], parts: P[], labelOf: (p: P, i: number) => string, right: (a: A, p: P, i: number) => boolean): ItemAnalysisSummary {
  const answered = answeredOf(counts);
  const rows = parts.map((part, i) => ({ label: labelOf(part, i), correct: total(answered.filter((c) => right(c.answer, part, i))) }));
  return { kind: "parts", answered: total(answered), unanswered: unansweredOf(counts), rows };
}
