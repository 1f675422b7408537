import { AnswerTable } from "../shared/answer-table";
import type { ReviewProps } from "../types";

/** Prompt by prompt: the student's answer and the key's. */
export function MatchingReview({ options, answer, keyValue, answersVisible }: ReviewProps<"MATCHING">) {
  const text = (id: string | undefined) => options.answers.find((c) => c.id === id)?.text;
  const pairs = answer?.pairs;
  const keyPairs = keyValue?.pairs ?? null;
  const rows = options.prompts.map((prompt) => ({
    label: prompt.text,
    given: text(pairs?.[prompt.id]),
    correct: keyPairs ? text(keyPairs[prompt.id]) : undefined,
    ok: keyPairs && pairs ? pairs[prompt.id] === keyPairs[prompt.id] : null,
  }));
  return <AnswerTable heading="Item" rows={rows} showKey={keyPairs !== null} answersVisible={answersVisible} />;
}
