import type { Choice } from "@/components/quiz/question-shape";

export type SequenceReviewProps = {
  type: "ORDERING" | "MATCHING";
  choices: Choice[];
  prompts: Choice[];
  answers: Choice[];
  order?: string[];
  pairs?: Record<string, string>;
  keyOrder: string[] | null;
  keyPairs: Record<string, string> | null;
  answersVisible: boolean;
};

const mark = (ok: boolean | null) =>
  ok === null ? null : ok ? <span className="text-green-800 dark:text-green-300"> (right)</span> : <span className="text-red-700 dark:text-red-300"> (wrong)</span>;

/** Ordering and matching answers as a table: each row, the student's answer and the key's. */
export function SequenceReview({ type, choices, prompts, answers, order, pairs, keyOrder, keyPairs, answersVisible }: SequenceReviewProps) {
  const text = (list: Choice[], id: string | undefined) => list.find((c) => c.id === id)?.text;
  const missing = answersVisible ? "–" : "Not shown";
  const rows =
    type === "ORDERING"
      ? (keyOrder ?? choices.map((c) => c.id)).map((_, i) => ({
          label: `${i + 1}.`,
          given: text(choices, order?.[i]),
          correct: keyOrder ? text(choices, keyOrder[i]) : undefined,
          ok: keyOrder && order ? order[i] === keyOrder[i] : null,
        }))
      : prompts.map((prompt) => ({
          label: prompt.text,
          given: text(answers, pairs?.[prompt.id]),
          correct: keyPairs ? text(answers, keyPairs[prompt.id]) : undefined,
          ok: keyPairs && pairs ? pairs[prompt.id] === keyPairs[prompt.id] : null,
        }));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {type === "ORDERING" ? "Place" : "Item"}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Your answer
            </th>
            {keyOrder || keyPairs ? (
              <th scope="col" className="py-1.5 font-medium">
                Correct answer
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-line align-top last:border-0">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {row.label}
              </th>
              <td className="py-1.5 pr-3">
                {row.given ?? missing}
                {row.given ? mark(row.ok) : null}
              </td>
              {keyOrder || keyPairs ? <td className="py-1.5">{row.correct}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
