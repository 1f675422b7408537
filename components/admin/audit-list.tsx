import { DateTime } from "@/components/quiz/date-time";

export type AuditListProps = { entries: { id: string; createdAt: Date; sentence: string }[] };

/** Audit entries as sentences, with date and time. */
export function AuditList({ entries }: AuditListProps) {
  return (
    <ul aria-label="Audit log" className="divide-y divide-line rounded-lg border border-line bg-card text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-0.5 p-3 sm:flex-row sm:gap-3">
          {/* The zone named: an audit time may be read as evidence. */}
          <span className="shrink-0 text-muted">
            <DateTime date={entry.createdAt} withTime withZone />
          </span>
          <span className="wrap-anywhere">{entry.sentence}</span>
        </li>
      ))}
    </ul>
  );
}
