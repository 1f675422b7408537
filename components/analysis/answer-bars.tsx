import { Bar } from "@/components/ui/bar";
import type { ItemAnalysisSummary } from "@/lib/domain/question-types/item-summary";
import { percent, plural } from "./format";

export type AnswerBarsProps = { summary: ItemAnalysisSummary; n: number };

/**
 * How often each option, figure or text was chosen (or each place or pair was right), as small
 * bars over all the attempts counted (blank answers included in the base).
 */
export function AnswerBars({ summary, n }: AnswerBarsProps) {
  const rows =
    summary.kind === "choices"
      ? summary.rows.map((r) => ({ label: r.label, count: r.count, keyed: r.keyed, note: r.keyed ? "keyed" : null }))
      : summary.rows.map((r) => ({ label: r.label, count: r.correct, keyed: true, note: "right" }));
  return (
    <div className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold">{summary.kind === "choices" ? "How often each answer was given" : "How often each part was right"}</h4>
      <ul className="flex flex-col gap-2">
        {rows.map((row, i) => (
          <li key={i} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_1fr_7rem] sm:items-center sm:gap-3">
            <span className="text-sm break-words">
              {row.label}
              {summary.kind === "choices" && row.keyed ? (
                <span className="ml-2 rounded-full border border-green-700 px-2 text-xs font-medium text-green-800 dark:border-green-500 dark:text-green-300">
                  key
                </span>
              ) : null}
            </span>
            <Bar percent={n ? (row.count / n) * 100 : 0} tone={summary.kind === "choices" && !row.keyed ? "warning" : "accent"} />
            <span className="text-sm text-muted tabular-nums sm:text-right">
              {row.count} ({percent(n ? row.count / n : 0)})
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        {plural(summary.answered, "answer")}
        {summary.unanswered ? `, ${summary.unanswered} left blank` : ""}
        {summary.kind === "choices" && summary.others ? `; ${plural(summary.others, "other answer")} not shown` : ""}.
      </p>
    </div>
  );
}
