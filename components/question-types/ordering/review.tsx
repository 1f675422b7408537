import { AnswerTable } from "../shared/answer-table";
import type { ReviewProps } from "../types";

/** Place by place: the student's item and the key's. */
export function OrderingReview({ options, answer, keyValue, answersVisible }: ReviewProps<"ORDERING">) {
  const { choices } = options;
  const text = (id: string | undefined) => choices.find((c) => c.id === id)?.text;
  const order = answer?.order;
  const keyOrder = keyValue?.order ?? null;
  const rows = (keyOrder ?? choices.map((c) => c.id)).map((_, i) => ({
    label: `${i + 1}.`,
    given: text(order?.[i]),
    correct: keyOrder ? text(keyOrder[i]) : undefined,
    ok: keyOrder && order ? order[i] === keyOrder[i] : null,
  }));
  return <AnswerTable heading="Place" rows={rows} showKey={keyOrder !== null} answersVisible={answersVisible} />;
}
