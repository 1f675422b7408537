import type { ReviewCitation } from "@/lib/data/review";
import { StanceBadge } from "./stance-badge";

export type RelatedSourcesProps = { related: ReviewCitation[] };

/**
 * Other sources on the same facts, folded away under a summary that already says whether any
 * of them disputes or updates the fact.
 */
export function RelatedSources({ related }: RelatedSourcesProps) {
  if (related.length === 0) return null;
  const words: Record<string, string> = { SUPPORTS: "confirming", DISPUTES: "disputing", UPDATES: "updating" };
  const counts = Object.entries(words)
    .map(([stance, word]) => `${related.filter((r) => r.stance === stance).length} ${word}`)
    .filter((text) => !text.startsWith("0 "));
  return (
    <details className="group rounded-md border border-line px-4 py-2">
      <summary className="cursor-pointer py-1 text-sm font-semibold">
        Other sources on the same fact <span className="font-normal text-muted">({counts.join(", ")})</span>
      </summary>
      <ul className="flex flex-col gap-3 py-2">
        {related.map((r, i) => {
          const href = r.readerHref ?? r.externalHref;
          return (
            <li key={i} className="flex flex-col gap-1 text-sm">
              <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <StanceBadge stance={r.stance} />
                {href ? (
                  <a href={href} className="font-medium text-accent underline" rel={r.readerHref ? undefined : "noopener noreferrer"}>
                    {r.source.title}
                  </a>
                ) : (
                  <span className="font-medium">{r.source.title}</span>
                )}
                {r.source.publisher ? <span className="text-muted">{r.source.publisher}</span> : null}
              </p>
              <p>{r.label.text}</p>
              <p className="text-muted">
                <q>{r.quote}</q>
                {r.note ? ` ${r.note}` : null}
              </p>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
