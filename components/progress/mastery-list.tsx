import { Bar } from "@/components/ui/bar";
import type { FactMastery } from "@/lib/data/progress";

export type MasteryListProps = { facts: FactMastery[] };

/** Per fact, the share of answers right on questions citing it, weakest first. */
export function MasteryList({ facts }: MasteryListProps) {
  return (
    <ol aria-label="Mastery per fact, weakest first" className="flex flex-col divide-y divide-line rounded-lg border border-line bg-card">
      {facts.map((fact) => {
        const percent = Math.round(fact.mastery * 100);
        return (
          <li key={fact.factId} className="flex flex-col gap-2 px-4 py-3">
            <p>{fact.statement}</p>
            <div className="flex items-center gap-3">
              <Bar percent={percent} tone={percent < 50 ? "warning" : "accent"} className="flex-1" />
              <p className="w-44 shrink-0 text-right text-sm text-muted">
                <span className="font-semibold text-ink">{percent}%</span> · {fact.correct} of {fact.answered} correct
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
