// One question of a regrade preview: the old and new versions side by side (stem, key), then
// what the new key does to each answer given on the old version.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { RegradeQuestion as Question, RegradeRow, VersionView } from "@/lib/data/regrade";
import { pointsText } from "@/lib/domain/regrade";

export type RegradeQuestionProps = { question: Question };

function Version({ label, version }: { label: string; version: VersionView }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h3 className="text-sm font-semibold">
        {label}: version {version.version} <span className="font-normal text-muted">({pointsText(version.points)})</span>
      </h3>
      <pre className="overflow-x-auto rounded-md border border-line bg-paper p-3 font-sans text-sm whitespace-pre-wrap">{version.text}</pre>
    </div>
  );
}

const score = (value: number | null) => (value === null ? "—" : pointsText(value));

function Remark({ row }: { row: RegradeRow }) {
  if (!row.submitted) return <span className="text-muted">Attempt in progress: scored at submit</span>;
  if (row.overridden) return <Badge>Teacher&apos;s score kept</Badge>;
  if (row.unparseable) return <Badge tone="accent">Answer no longer fits: 0</Badge>;
  if (!row.answered) return <span className="text-muted">Not answered</span>;
  return row.oldScore !== row.newScore ? <Badge tone="accent">Changes</Badge> : <span className="text-muted">No change</span>;
}

export function RegradeQuestion({ question }: RegradeQuestionProps) {
  const headingId = `regrade-q${question.position}`;
  const open = question.rows.filter((row) => !row.submitted).length;
  return (
    <Card as="section" className="flex flex-col gap-4">
      <h2 id={headingId} className="text-xl font-semibold">
        Question {question.position + 1}
        {question.code ? <span className="text-muted"> ({question.code})</span> : null}: version {question.from.version} → {question.to.version}
      </h2>
      <p className="-mb-2 text-sm text-muted">
        <span aria-hidden="true">*</span> marks the right answer, <span aria-hidden="true">-</span> the others.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Version label="Now" version={question.from} />
        <Version label="Corrected" version={question.to} />
      </div>
      <p>
        {question.rows.length} answer{question.rows.length === 1 ? "" : "s"} on version {question.from.version}: {question.changed} score
        {question.changed === 1 ? "" : "s"} change{question.changed === 1 ? "s" : ""}
        {question.unparseable ? `, ${question.unparseable} no longer fit${question.unparseable === 1 ? "s" : ""} the options (scored 0)` : ""}
        {open ? `, ${open} in attempts still open` : ""}.
      </p>
      {question.rows.length ? (
        <div role="region" aria-labelledby={headingId} tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="px-2 py-1.5 font-medium">Student</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Attempt</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Now</th>
                <th scope="col" className="px-2 py-1.5 font-medium">After</th>
                <th scope="col" className="px-2 py-1.5 font-medium">Remark</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {question.rows.map((row) => (
                <tr key={row.responseId}>
                  <th scope="row" className="px-2 py-1.5 text-left font-medium">{row.studentName}</th>
                  <td className="px-2 py-1.5 tabular-nums">{row.attemptNumber}</td>
                  <td className="px-2 py-1.5 tabular-nums">{score(row.oldScore)}</td>
                  <td className="px-2 py-1.5 tabular-nums">{score(row.newScore)}</td>
                  <td className="px-2 py-1.5">
                    <Remark row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
