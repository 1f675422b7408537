import { feedbackFor, NoAnswer, Row } from "../shared/answer-rows";
import type { ReviewProps } from "../types";

/** Big figures grouped (19,000), years and small numbers as typed (2023). */
export const figure = (n: number) => (Math.abs(n) >= 10_000 ? n.toLocaleString("en-GB") : String(n));

export function toleranceText(tolerance: number, kind: string): string | null {
  if (!tolerance) return null;
  return kind === "relative" ? `answers within ${Math.round(tolerance * 100)}% count` : `answers within ${figure(tolerance)} count`;
}

export function NumericReview({ options, answer, keyValue, feedback, answersVisible }: ReviewProps<"NUMERIC">) {
  const unit = options.unit || null;
  const show = (n: number) => `${figure(n)}${unit ? ` ${unit}` : ""}`;
  const note = feedbackFor(feedback, answer ? String(answer.value) : undefined);
  const tolerance = keyValue ? toleranceText(keyValue.tolerance, keyValue.toleranceKind) : null;
  return (
    <dl className="flex flex-col gap-2">
      <Row label="Your answer">{answer ? show(answer.value) : <NoAnswer answersVisible={answersVisible} />}</Row>
      {keyValue ? <Row label="Correct answer">{`${show(keyValue.value)}${tolerance ? ` (${tolerance})` : ""}`}</Row> : null}
      {note ? <Row label="Feedback">{note}</Row> : null}
    </dl>
  );
}
