import type { SourceForAuthoring } from "@/lib/data/source-authoring";

type Props = Pick<SourceForAuthoring, "sentences" | "relatedLinks"> & { text: string };

/**
 * The stored text as the admin checks it: like the public reader (components/sources/
 * source-text.tsx), every sentence is `#s-<n>`, but a headline is not the page's h1 here, and
 * each sentence shows its anchor and whether it may be quoted.
 */
export function AuthoredText({ text, sentences, relatedLinks }: Props) {
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const lines = new Map<number, { sentences: Props["sentences"]; teaser?: Props["relatedLinks"][number] }>();
  for (const s of sentences) lines.set(s.paragraph, { sentences: [...(lines.get(s.paragraph)?.sentences ?? []), s] });
  for (const link of relatedLinks) if (link.start !== null) lines.set(lineOf(link.start), { sentences: [], teaser: link });
  return (
    <div className="flex flex-col gap-3 font-serif text-lg leading-relaxed">
      {[...lines.entries()]
        .sort(([a], [b]) => a - b)
        .map(([line, { sentences: own, teaser }]) => {
          if (teaser) {
            return (
              <aside key={line} className="border-l-4 border-line pl-4 font-sans text-base text-muted">
                <span className="block text-xs font-semibold tracking-wide uppercase">Related link, not a claim</span>
                {teaser.title}
              </aside>
            );
          }
          const kind = own[0].kind;
          return (
            <p key={line} className={`wrap-anywhere ${kind === "BODY" ? "" : "font-sans font-semibold"} ${kind === "HEADLINE" ? "text-2xl" : ""}`}>
              {kind !== "BODY" ? <span className="mr-2 font-sans text-xs font-normal tracking-wide text-muted uppercase">{kind === "HEADLINE" ? "Headline" : "Heading"}</span> : null}
              {own.map((s) => (
                <span key={s.index} id={`s-${s.index}`} className={`sentence mr-1 ${s.citable ? "" : "text-muted"}`} data-sentence={s.index}>
                  <a href={`#s-${s.index}`} className="mr-1 rounded bg-paper px-1 font-mono text-xs font-normal whitespace-nowrap text-muted no-underline hover:underline">
                    s-{s.index}
                  </a>
                  {text.slice(s.start, s.end)}
                  {s.citable ? null : <span className="ml-1 font-sans text-xs font-normal text-muted">(not citable)</span>}
                </span>
              ))}
            </p>
          );
        })}
    </div>
  );
}
