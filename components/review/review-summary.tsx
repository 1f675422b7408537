import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/quiz/date-time";

export type ReviewSummaryProps = {
  score: number;
  maxScore: number;
  submittedAt?: Date | null;
  /** Closed by the clock, not by the student (lib/domain/deadlines.ts ranOutOfTime). */
  ranOutOfTime?: boolean;
  note?: string;
};

const round = (n: number) => Math.round(n * 100) / 100;

/** The score as "x of y" and a percentage, with when it was submitted. */
export function ReviewSummary({ score, maxScore, submittedAt, ranOutOfTime = false, note }: ReviewSummaryProps) {
  const percent = maxScore ? Math.round((score / maxScore) * 100) : 0;
  return (
    <Card as="section" className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-8">
      <h2 className="sr-only">Score</h2>
      <p className="flex items-baseline gap-3">
        <span className="font-serif text-4xl font-semibold">{percent}%</span>
        <span className="text-lg">
          {round(score)} of {round(maxScore)} points
        </span>
      </p>
      <div className="flex flex-col gap-1 text-sm text-muted">
        {submittedAt && ranOutOfTime ? (
          <p>
            Time ran out; submitted automatically at <DateTime date={submittedAt} withTime withZone />. Answers saved before then count.
          </p>
        ) : submittedAt ? (
          <p>
            Submitted <DateTime date={submittedAt} withTime />
          </p>
        ) : null}
        {note ? <p>{note}</p> : null}
      </div>
    </Card>
  );
}
