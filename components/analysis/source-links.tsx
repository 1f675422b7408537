import type { EvidenceLink } from "@/lib/data/item-analysis";

export type SourceLinksProps = { evidence: EvidenceLink[] };

/** Quoted sentences with whose figure each gives, their source and a link to the sentence in the reader. */
export function SourceLinks({ evidence }: SourceLinksProps) {
  return (
    <ul className="flex flex-col gap-3">
      {evidence.map((e, i) => (
        <li key={i}>
          <figure className="flex flex-col gap-1">
            <blockquote className="border-l-4 border-accent pl-3 font-serif leading-relaxed">“{e.quote}”</blockquote>
            <figcaption className="pl-4 text-sm text-muted">
              <span className="block font-medium text-ink">{e.label.text}</span>
              {e.label.differs ? <span className="block">{e.label.differs}</span> : null}
              <cite className="not-italic">{e.sourceTitle}</cite>
              {e.readerHref ? (
                <>
                  {" · "}
                  <a href={e.readerHref} className="font-medium text-accent underline">
                    Read it in the article<span className="sr-only">: {e.sourceTitle}</span>
                  </a>
                </>
              ) : null}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
