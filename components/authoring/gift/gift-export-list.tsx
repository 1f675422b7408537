import { Badge } from "@/components/ui/badge";

export type GiftExportListProps = { sets: { slug: string; title: string; status: string; questions: number }[] };

const exportHref = (query: string) => `/admin/transfer/gift/export?${query}`;

/** A download link per quiz set, and one for the whole bank (plain links: the route sends a file). */
export function GiftExportList({ sets }: GiftExportListProps) {
  return (
    <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-card text-sm">
      <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
        <span className="font-medium">The whole question bank</span>
        <a href={exportHref("all=1")} download className="inline-flex min-h-10 items-center text-accent underline">
          Download GIFT<span className="sr-only"> of the whole question bank</span>
        </a>
      </li>
      {sets.map((set) => (
        <li key={set.slug} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <span className="flex min-w-0 flex-col gap-1">
            <span className="font-medium wrap-anywhere">{set.title}</span>
            <span className="flex flex-wrap items-center gap-2 text-muted">
              {set.questions} {set.questions === 1 ? "question" : "questions"} <Badge>{set.status.toLowerCase()}</Badge>
            </span>
          </span>
          <a href={exportHref(`set=${encodeURIComponent(set.slug)}`)} download className="inline-flex min-h-10 items-center text-accent underline">
            Download GIFT<span className="sr-only"> of {set.title}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
