import { isAnswered } from "@/lib/domain/answers";
import { orderingCredit, pairsSentence, placesSentence } from "@/lib/domain/question-types/ordering-credit";
import { AnswerTable } from "../shared/answer-table";
import type { ReviewProps } from "../types";

/** Place by place: the student's item and the key's, then how the credit by pairs was earned. */
export function OrderingReview({ options, answer, keyValue, answersVisible, points }: ReviewProps<"ORDERING">) {
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
  const credit = keyValue && answer && isAnswered("ORDERING", answer) ? orderingCredit(keyValue, answer, points) : null;
  return (
    <div className="flex flex-col gap-2">
      <AnswerTable heading="Place" rows={rows} showKey={keyOrder !== null} answersVisible={answersVisible} />
      {credit ? (
        <p className="text-sm">
          {placesSentence(credit)} Credit goes by pairs: every two items you put in the right order earn a share, even when their places are off:{" "}
          <strong className="font-semibold">{pairsSentence(credit)}</strong>
        </p>
      ) : null}
    </div>
  );
}
