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
              <div aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded-full bg-line">
                <div className={`h-full rounded-full ${percent < 50 ? "bg-amber-500" : "bg-accent"}`} style={{ width: `${percent}%` }} />
              </div>
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
