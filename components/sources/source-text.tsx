import type { ReactNode } from "react";
import type { SourceForReader } from "@/lib/data/sources";

export type SourceTextProps = {
  source: SourceForReader & { text: string };
  /** Shown under the headline, which is the page's title. */
  byline?: ReactNode;
};

type Sentence = SourceForReader["sentences"][number];

function SentenceSpan({ text, sentence }: { text: string; sentence: Sentence }) {
  return (
    <span id={`s-${sentence.index}`} className="sentence" data-sentence={sentence.index}>
      {text.slice(sentence.start, sentence.end)}
    </span>
  );
}

/**
 * The source's own text, paragraph by paragraph, with every citable sentence addressable as
 * `#s-<n>` (highlighted when targeted). Related-link teasers are set apart: they are not claims.
 */
export function SourceText({ source, byline }: SourceTextProps) {
  const paragraphs = new Map<number, Sentence[]>();
  for (const sentence of source.sentences) {
    paragraphs.set(sentence.paragraph, [...(paragraphs.get(sentence.paragraph) ?? []), sentence]);
  }
  const lineStarts = [0];
  for (let i = 0; i < source.text.length; i++) if (source.text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length;
  const related = new Map(source.relatedLinks.filter((r) => r.start !== null).map((r) => [lineOf(r.start!), r]));
  const lines = [...new Set([...paragraphs.keys(), ...related.keys()])].sort((a, b) => a - b);

  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed">
      {lines.map((line) => {
        const link = related.get(line);
        if (link) {
          return (
            <aside key={line} className="border-l-4 border-line pl-4 font-sans text-base text-muted">
              <span className="block text-xs font-semibold tracking-wide uppercase">Related story (not a claim of this article)</span>
              {link.url ? <a href={link.url} className="underline">{link.title}</a> : link.title}
            </aside>
          );
        }
        const sentences = paragraphs.get(line)!;
        const body = sentences.flatMap((sentence, i) => [
          i > 0 ? " " : null,
          <SentenceSpan key={sentence.index} text={source.text} sentence={sentence} />,
        ]);
        switch (sentences[0].kind) {
          case "HEADLINE":
            return (
              <header key={line} className="mb-8 font-sans">
                <h1 className="font-serif text-3xl leading-tight font-semibold text-balance sm:text-4xl">{body}</h1>
                {byline}
              </header>
            );
          case "HEADING":
            return (
              <h2 key={line} className="pt-4 font-sans text-xl font-semibold">
                {body}
              </h2>
            );
          default:
            return <p key={line}>{body}</p>;
        }
      })}
    </div>
  );
}
