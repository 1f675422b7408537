import { DateTime } from "@/components/quiz/date-time";

export type ScoreChartPoint = { id: string; title: string; submittedAt: Date; score: number; maxScore: number };

export type ScoreChartProps = { points: ScoreChartPoint[] };

const ticks = [100, 50, 0];

/**
 * Percentage per submitted attempt, oldest first: a server-rendered SVG line with dots. The
 * plot stretches to any width (strokes and dots keep their size); the labels are HTML so they
 * stay readable on a phone. Screen readers get the same figures as a table.
 */
export function ScoreChart({ points }: ScoreChartProps) {
  const data = points.map((p) => ({ ...p, percent: p.maxScore ? Math.round((p.score / p.maxScore) * 100) : 0 }));
  const x = (i: number) => (data.length === 1 ? 50 : 2 + (i / (data.length - 1)) * 96);
  const y = (percent: number) => 100 - percent;
  const line = data.map((d, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(2)},${y(d.percent)}`).join(" ");

  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden="true" className="relative ml-11 h-44 text-xs text-muted">
        {/* Zero-height rows spread from top to bottom: each label centred on its grid line
            (100, 50, 0), placed without a style attribute. */}
        <div className="absolute inset-y-0 -left-11 flex w-9 flex-col justify-between">
          {ticks.map((tick) => (
            <span key={tick} className="flex h-0 items-center justify-end">
              {tick}%
            </span>
          ))}
        </div>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 size-full overflow-visible" focusable="false">
          {ticks.map((tick) => (
            <line key={tick} x1={0} x2={100} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} vectorEffect="non-scaling-stroke" />
          ))}
          {data.length > 1 ? (
            <path d={line} fill="none" className="stroke-accent" strokeWidth={2} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
          ) : null}
          {data.map((d, i) => (
            // A zero-length stroke with round caps: a dot that stays round however the plot stretches.
            <path key={d.id} d={`M${x(i)},${y(d.percent)}h0`} className="stroke-accent" strokeWidth={9} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
      </div>
      <div aria-hidden="true" className="ml-11 flex justify-between text-xs text-muted">
        <span>{data[0] ? <DateTime date={data[0].submittedAt} /> : null}</span>
        {data.length > 1 ? <span>{<DateTime date={data[data.length - 1].submittedAt} />}</span> : null}
      </div>
      <figcaption className="text-sm text-muted">Score of each submitted attempt, as a percentage, oldest first.</figcaption>
      {/* sr-only on a wrapper: a table ignores the 1 px width and would widen a phone's page. */}
      <div className="sr-only">
        <table>
          <caption>Scores over time</caption>
          <thead>
            <tr>
              <th scope="col">Submitted</th>
              <th scope="col">Quiz</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.id}>
                <td>
                  <DateTime date={d.submittedAt} withTime />
                </td>
                <td>{d.title}</td>
                <td>{d.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
