// The rows of an assignment's live view: rendered on the server (the page works without
// JavaScript) and again in the browser by LiveBoard after each poll. No hooks, no state.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { liveStateLabels, liveStates, questionText, type LiveRow, type LiveView } from "@/lib/domain/live-status";
import { formatDateTime, formatTime } from "@/lib/format/time";

export type LiveTableProps = {
  view: LiveView;
  /** The viewer's time zone (components/ui/viewer-time-zone.tsx), passed in: no hooks here. */
  zone: string;
};

const dash = <span className="text-muted">—</span>;

function points(value: number) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function Progress({ row, total }: { row: LiveRow; total: number }) {
  if (row.state !== "working" && row.state !== "time-up") return null;
  return (
    <>
      <span className="mt-1 block whitespace-nowrap">{questionText(row.currentPosition, total)}</span>
      <span className="block text-xs whitespace-nowrap text-muted">
        Answered {row.answered ?? 0} of {total}
      </span>
    </>
  );
}

function Score({ row }: { row: LiveRow }) {
  if (row.score === null || row.maxScore === null || !row.submittedAttemptId) return dash;
  const text = `${points(row.score)} / ${points(row.maxScore)}`;
  return (
    <Link href={`/teach/attempts/${row.submittedAttemptId}`} className="text-accent underline">
      {text}
      {row.state !== "submitted" ? <span className="sr-only"> (previous attempt)</span> : null}
    </Link>
  );
}

export function LiveCountsList({ view }: Pick<LiveTableProps, "view">) {
  return (
    <dl className="flex flex-wrap gap-2 sm:gap-3" aria-label="Students by state">
      {liveStates
        .filter((state) => state !== "time-up" || view.counts["time-up"] > 0)
        .map((state) => (
          <div key={state} className="min-w-24 rounded-lg border border-line bg-card px-3 py-2">
            <dt className="text-sm text-muted">{liveStateLabels[state]}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{view.counts[state]}</dd>
          </div>
        ))}
    </dl>
  );
}

export function LiveTable({ view, zone }: LiveTableProps) {
  if (view.rows.length === 0) return <p className="text-muted">No student has joined this class yet.</p>;
  return (
    <div role="region" aria-label="Students" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-line bg-card">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Student</th>
            <th scope="col" className="px-3 py-2 font-medium">State</th>
            <th scope="col" className="px-3 py-2 font-medium">Last save</th>
            <th scope="col" className="px-3 py-2 font-medium">
              {/* The zone named once, for the whole column. */}
              Deadline <span className="font-normal whitespace-nowrap">({zone})</span>
            </th>
            <th scope="col" className="px-3 py-2 font-medium">Score</th>
            <th scope="col" className="px-3 py-2 font-medium">Attempts</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {view.rows.map((row) => (
            <tr key={row.studentId}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <span className="block">{row.name}</span>
                <span className="block text-xs font-normal text-muted">{row.email}</span>
              </th>
              <td className="px-3 py-2">
                <span className="whitespace-nowrap">
                  <Badge tone={row.state === "working" ? "accent" : "neutral"}>{liveStateLabels[row.state]}</Badge>
                </span>
                <Progress row={row} total={view.questionCount} />
              </td>
              <td className="px-3 py-2 tabular-nums">{row.lastSavedAt ? formatTime(new Date(row.lastSavedAt), zone, { seconds: true }) : dash}</td>
              <td className="px-3 py-2">{row.deadlineAt ? formatDateTime(new Date(row.deadlineAt), zone) : dash}</td>
              <td className="px-3 py-2 tabular-nums">
                <Score row={row} />
              </td>
              <td className="px-3 py-2 tabular-nums">{row.attemptsUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
