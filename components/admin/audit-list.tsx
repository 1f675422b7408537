import { formatDateTime } from "@/lib/format/dates";

export type AuditListProps = { entries: { id: string; createdAt: Date; sentence: string }[] };

/** Audit entries as sentences, with date and time. */
export function AuditList({ entries }: AuditListProps) {
  return (
    <ul aria-label="Audit log" className="divide-y divide-line rounded-lg border border-line bg-card text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-0.5 p-3 sm:flex-row sm:gap-3">
          <time dateTime={entry.createdAt.toISOString()} className="shrink-0 text-muted">
            {formatDateTime(entry.createdAt)}
          </time>
          <span className="wrap-anywhere">{entry.sentence}</span>
        </li>
      ))}
    </ul>
  );
}
