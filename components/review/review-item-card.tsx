import type { ReactNode } from "react";
import { DateTime } from "@/components/quiz/date-time";
import { Card } from "@/components/ui/card";
import type { ReviewItem } from "@/lib/data/review";
import { AnswerReview } from "./answer-review";
import { CitationCard } from "./citation-card";
import { RelatedSources } from "./related-sources";
import { verdictOf } from "./verdict";

export type ReviewItemCardProps = {
  item: ReviewItem;
  total: number;
  answersVisible: boolean;
  /** The teacher's view puts its override form here. */
  children?: ReactNode;
};

const points = (n: number) => `${Math.round(n * 100) / 100} ${n === 1 ? "point" : "points"}`;

/** One question reviewed: the student's answer, the key, the explanation and where it comes from. */
export function ReviewItemCard({ item, total, answersVisible, children }: ReviewItemCardProps) {
  const number = item.position + 1;
  const outcome = verdictOf(item);
  const id = `review-q${number}`;
  return (
    <Card as="li" className="flex flex-col gap-4">
      <article id={id} aria-labelledby={`${id}-stem`} className="flex scroll-mt-6 flex-col gap-4">
        <header className="flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <span>
              Question {number} of {total}
            </span>
            <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${outcome.look}`}>{outcome.text}</span>
            <span>{item.heldBack ? points(item.points) : `${Math.round(item.score * 100) / 100} of ${points(item.points)}`}</span>
          </p>
          <h3 id={`${id}-stem`} className="text-lg leading-snug font-semibold text-pretty">
            {item.stem}
          </h3>
        </header>
        {item.heldBack ? (
          <p role="note" className="rounded-md border-l-4 border-accent bg-paper px-4 py-3 text-sm">
            This question is in an assignment that is still open, so its answer, score and explanation are held back until that
            assignment closes.
          </p>
        ) : null}
        {item.overrideReason ? (
          <p role="note" className="rounded-md border-l-4 border-accent bg-paper px-4 py-3 text-sm break-words">
            Score changed by your teacher: {item.overrideReason}
          </p>
        ) : null}
        {item.regradeNote && item.regradedAt ? (
          <p role="note" className="rounded-md border-l-4 border-accent bg-paper px-4 py-3 text-sm break-words">
            Regraded on <DateTime date={item.regradedAt} />: {item.regradeNote}
          </p>
        ) : null}
        <AnswerReview question={item} answersVisible={answersVisible} points={item.points} />
        {item.explanationHtml ? (
          <section aria-label="Explanation" className="rounded-md bg-paper px-4 py-3">
            <h4 className="mb-1 text-sm font-semibold">Why</h4>
            <div
              className="leading-relaxed [&_a]:text-accent [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_p+p]:mt-2 [&_strong]:font-semibold [&_ul]:list-disc [&_ul]:pl-5"
              // Rendered from Markdown and sanitised on the server (lib/format/markdown.ts).
              dangerouslySetInnerHTML={{ __html: item.explanationHtml }}
            />
          </section>
        ) : null}
        {item.citations.length > 0 ? (
          <section className="flex flex-col gap-4">
            <h4 className="text-sm font-semibold">Where this comes from</h4>
            {item.citations.map((citation, i) => (
              <CitationCard key={i} citation={citation} />
            ))}
          </section>
        ) : null}
        <RelatedSources related={item.related} />
        {children}
      </article>
    </Card>
  );
}
