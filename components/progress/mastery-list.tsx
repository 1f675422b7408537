import { Bar } from "@/components/ui/bar";
import type { FactMastery } from "@/lib/data/progress";

export type MasteryListProps = { facts: FactMastery[] };

/** Per fact, the share of answers right on questions citing it, weakest first; blanks apart. */
export function MasteryList({ facts }: MasteryListProps) {
  return (
    <ol aria-label="Mastery per fact, weakest first" className="flex flex-col divide-y divide-line rounded-lg border border-line bg-card">
      {facts.map((fact) => {
        const percent = fact.mastery === null ? 0 : Math.round(fact.mastery * 100);
        const blanks = fact.notAnswered ? `${fact.notAnswered} not answered` : null;
        return (
          <li key={fact.factId} className="flex flex-col gap-2 px-4 py-3">
            <p>{fact.statement}</p>
            <div className="flex items-center gap-3">
              <Bar percent={percent} tone={percent < 50 ? "warning" : "accent"} className="flex-1" />
              <p className="w-52 shrink-0 text-right text-sm text-muted">
                {fact.mastery === null ? (
                  <>Not answered yet · {blanks}</>
                ) : (
                  <>
                    <span className="font-semibold text-ink">{percent}%</span> · {fact.correct} of {fact.answered} correct
                    {blanks ? ` · ${blanks}` : ""}
                  </>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
