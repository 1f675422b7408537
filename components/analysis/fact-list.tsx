import { Bar } from "@/components/ui/bar";
import { Card } from "@/components/ui/card";
import type { AnalysedFact } from "@/lib/data/item-analysis";
import { percent, plural } from "./format";
import { SourceLinks } from "./source-links";

export type FactListProps = { facts: AnalysedFact[] };

/** The facts behind the questions, weakest first, each with the sentence to reteach it from. */
export function FactList({ facts }: FactListProps) {
  return (
    <ol className="flex flex-col gap-4">
      {facts.map((fact) => (
        <Card as="li" key={fact.factId} className="flex flex-col gap-3">
          <article aria-labelledby={`fact-${fact.factId}`} className="flex flex-col gap-3">
            <h3 id={`fact-${fact.factId}`} className="font-semibold text-pretty">
              {fact.statement}
            </h3>
            <div className="flex flex-col gap-1">
              <p className="text-sm">
                <span className="text-lg font-semibold tabular-nums">{percent(fact.mastery)}</span> right on average over{" "}
                {plural(fact.n, "student")}
              </p>
              <Bar percent={fact.mastery * 100} tone={fact.mastery < 0.5 ? "warning" : "accent"} />
            </div>
            <p className="text-sm">
              Questions on it:{" "}
              {fact.questions.map((q, i) => (
                <span key={q.anchor}>
                  {i > 0 ? ", " : ""}
                  <a href={`#${q.anchor}`} className="text-accent underline">
                    {q.number}
                  </a>
                </span>
              ))}
            </p>
            <SourceLinks evidence={fact.evidence} />
          </article>
        </Card>
      ))}
    </ol>
  );
}
