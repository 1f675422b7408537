import { DateTime } from "@/components/quiz/date-time";
import type { ReviewCitation } from "@/lib/data/review";
import { StanceBadge } from "./stance-badge";

export type CitationCardProps = { citation: ReviewCitation };

/**
 * The quoted words, whose they are and as of when (the evidence's own label: the fact's only
 * where they agree, lib/domain/evidence-label.ts), the source with its publisher and date, and
 * links to the sentence in the reader and to the original page at the quote.
 */
export function CitationCard({ citation: c }: CitationCardProps) {
  return (
    <figure className="flex flex-col gap-2">
      <blockquote className="border-l-4 border-accent pl-4 font-serif text-lg leading-relaxed">“{c.quote}”</blockquote>
      <figcaption className="flex flex-col gap-1 pl-5 text-sm">
        <p className="flex flex-wrap items-baseline gap-x-2 font-medium">
          {c.stance !== "SUPPORTS" ? <StanceBadge stance={c.stance} /> : null}
          <span>{c.label.text}</span>
        </p>
        {c.label.differs ? <p className="text-muted">{c.label.differs}</p> : null}
        {c.note ? <p>{c.note}</p> : null}
        <p className="text-muted">
          Source: <cite className="not-italic">{c.source.title}</cite>
          {c.source.publisher ? ` · ${c.source.publisher}` : null}
          {c.source.publishedAt ? (
            <>
              {", published "}
              <DateTime date={c.source.publishedAt} />
            </>
          ) : (
            ", publication date not recorded"
          )}
        </p>
        {c.readerHref || c.externalHref ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            {c.readerHref ? (
              <a href={c.readerHref} className="font-medium text-accent underline">
                Read it in the article<span className="sr-only">: {c.source.title}</span>
              </a>
            ) : null}
            {c.externalHref ? (
              <a href={c.externalHref} className="text-accent underline" rel="noopener noreferrer">
                Open the original at this quote<span className="sr-only">: {c.source.title}</span>
              </a>
            ) : null}
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
