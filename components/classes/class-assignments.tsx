import Link from "next/link";
import { DateTime } from "@/components/quiz/date-time";
import { Badge } from "@/components/ui/badge";
import type { TaughtClass } from "@/lib/data/classes";

export type ClassAssignmentsProps = { assignments: TaughtClass["assignments"] };

export function ClassAssignments({ assignments }: ClassAssignmentsProps) {
  if (assignments.length === 0) return <p className="text-muted">No assignments yet.</p>;
  return (
    <ul className="flex flex-col divide-y divide-line">
      {assignments.map((a) => (
        <li key={a.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between">
          <span className="flex flex-wrap items-baseline gap-2">
            <Link href={`/teach/assignments/${a.id}`} className="font-medium text-accent underline">
              {a.title}
            </Link>
            {a.archivedAt ? <Badge>archived</Badge> : null}
          </span>
          <span className="text-sm text-muted">
            Opens <DateTime date={a.opensAt} withTime withZone /> · due <DateTime date={a.dueAt} withTime withZone />
          </span>
        </li>
      ))}
    </ul>
  );
}
