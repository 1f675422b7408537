import { Card } from "@/components/ui/card";
import type { AnalysedQuestion } from "@/lib/data/item-analysis";
import { AnswerBars } from "./answer-bars";
import { FlagBadges } from "./flag-badges";
import { percent, plural, signed } from "./format";
import { SourceLinks } from "./source-links";

export type QuestionCardProps = { question: AnalysedQuestion };

/** One question: its text and key, its figures, how often each answer was given, its sources. */
export function QuestionCard({ question: q }: QuestionCardProps) {
  const headingId = `${q.anchor}-stem`;
  return (
    <Card as="li" className="flex scroll-mt-6 flex-col gap-4">
      <article id={q.anchor} aria-labelledby={headingId} className="flex flex-col gap-4">
        <header className="flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <span>
              Question {q.number}
              {q.anchor.includes("-v") ? `, version ${q.version}` : ""}
            </span>
            <span>{plural(q.points, "point")}</span>
            {q.flags.length > 0 ? <FlagBadges flags={q.flags} /> : null}
          </p>
          <h3 id={headingId} className="text-lg leading-snug font-semibold text-pretty">
            {q.stem}
          </h3>
        </header>
        {q.n > 0 ? (
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            {[
              ["Attempts", String(q.n)],
              ["Facility", percent(q.facility)],
              ["D", signed(q.discrimination)],
              ["r", signed(q.pointBiserial)],
            ].map(([term, value]) => (
              <div key={term} className="rounded-md bg-paper px-3 py-2">
                <dt className="text-muted">{term}</dt>
                <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <section aria-label={`Key of question ${q.number}`} className="flex flex-col gap-1">
          <h4 className="text-sm font-semibold">Options and key</h4>
          <p className="text-sm text-muted">A star marks what earns full credit.</p>
          <ul className="flex flex-col gap-0.5 rounded-md bg-paper px-3 py-2 text-sm">
            {q.keyLines.map((line, i) => (
              <li key={i} className={line.startsWith("* ") ? "font-semibold" : ""}>
                {line}
              </li>
            ))}
          </ul>
        </section>
        {q.n > 0 ? <AnswerBars summary={q.summary} n={q.n} /> : null}
        {q.sources.length > 0 ? (
          <section className="flex flex-col gap-2">
            <h4 className="text-sm font-semibold">Where this comes from</h4>
            <SourceLinks evidence={q.sources} />
          </section>
        ) : null}
      </article>
    </Card>
  );
}
