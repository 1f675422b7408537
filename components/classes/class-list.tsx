import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TaughtClassSummary } from "@/lib/data/classes";

export type ClassListProps = { classes: TaughtClassSummary[] };

/** The teacher's classes as cards: name, code, counts. */
export function ClassList({ classes }: ClassListProps) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {classes.map((c) => (
        <Card as="li" key={c.id} className="flex flex-col gap-2">
          <h3 className="text-lg font-semibold wrap-anywhere">
            <Link href={`/teach/classes/${c.id}`} className="underline-offset-2 hover:underline">
              {c.name}
            </Link>
          </h3>
          <p className="flex flex-wrap gap-2">
            {c.archivedAt ? <Badge>archived</Badge> : null}
            {c.coTeaching ? <Badge tone="accent">co-teaching with {c.teacherName}</Badge> : null}
          </p>
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-muted">Code</dt>
              <dd className="font-mono font-semibold tracking-wider">{c.joinCode}</dd>
            </div>
            <div>
              <dt className="text-muted">Students</dt>
              <dd>{c.studentCount}</dd>
            </div>
            <div>
              <dt className="text-muted">Assignments</dt>
              <dd>{c.assignmentCount}</dd>
            </div>
          </dl>
        </Card>
      ))}
    </ul>
  );
}
