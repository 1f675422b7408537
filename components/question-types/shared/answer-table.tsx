import { ScrollRegion } from "@/components/ui/scroll-region";
export type AnswerTableRow = {
  label: string;
  /** The student's answer in this row, as text; undefined when there is none. */
  given: string | undefined;
  correct: string | undefined;
  /** Whether the row is right; null when the key or the answer is not shown. */
  ok: boolean | null;
};

export type AnswerTableProps = { heading: string; rows: AnswerTableRow[]; showKey: boolean; answersVisible: boolean };

const mark = (ok: boolean | null) =>
  ok === null ? null : ok ? <span className="text-green-800 dark:text-green-300"> (right)</span> : <span className="text-red-700 dark:text-red-300"> (wrong)</span>;

/** Ordering and matching answers as a table: each row, the student's answer and the key's. */
export function AnswerTable({ heading, rows, showKey, answersVisible }: AnswerTableProps) {
  const missing = answersVisible ? "–" : "Not shown";
  return (
    <ScrollRegion label={heading}>
      <table className="w-full text-left text-sm">
        <thead className="text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {heading}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Your answer
            </th>
            {showKey ? (
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
              {showKey ? <td className="py-1.5">{row.correct}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
