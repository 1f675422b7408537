import { feedbackFor, NoAnswer, Row } from "../shared/answer-rows";
import type { ReviewProps } from "../types";

export function ShortTextReview({ answer, keyValue, feedback, answersVisible }: ReviewProps<"SHORT_TEXT">) {
  const note = feedbackFor(feedback, answer?.text);
  return (
    <dl className="flex flex-col gap-2">
      <Row label="Your answer">{answer?.text ? `“${answer.text}”` : <NoAnswer answersVisible={answersVisible} />}</Row>
      {keyValue ? <Row label={keyValue.accepted.length > 1 ? "Accepted answers" : "Correct answer"}>{keyValue.accepted.join(" · ")}</Row> : null}
      {note ? <Row label="Feedback">{note}</Row> : null}
    </dl>
  );
}
