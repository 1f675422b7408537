import type { ReactNode } from "react";
import { choicesOf, matchAnswersOf, promptsOf, readAnswer, unitOf } from "@/components/quiz/question-shape";
import { ChoiceReview } from "./choice-review";
import { feedbackFor, figure, readKey, toleranceText } from "./review-shape";
import { SequenceReview } from "./sequence-review";

export type AnswerReviewProps = {
  type: string;
  options: unknown;
  answer: unknown;
  /** null when the review policy hides it. */
  keyValue: unknown | null;
  feedback: Record<string, string> | null;
  answersVisible: boolean;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="w-36 shrink-0 text-sm text-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The student's answer beside the key, in the shape of the question's type. */
export function AnswerReview({ type, options, answer, keyValue, feedback, answersVisible }: AnswerReviewProps) {
  const given = readAnswer(answer);
  const key = keyValue === null ? null : readKey(keyValue);
  const none = answersVisible ? <span className="text-muted">Not answered</span> : <span className="text-muted">Not shown</span>;

  switch (type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return <ChoiceReview choices={choicesOf(options)} chosen={given.choice ? [given.choice] : (given.choices ?? [])} correct={key?.correct ?? null} feedback={feedback} />;
    case "TRUE_FALSE":
      return (
        <ChoiceReview
          choices={[
            { id: "true", text: "True" },
            { id: "false", text: "False" },
          ]}
          chosen={typeof given.value === "boolean" ? [String(given.value)] : []}
          correct={key?.correct ?? null}
          feedback={feedback}
        />
      );
    case "NUMERIC": {
      const unit = unitOf(options);
      const show = (n: number) => `${figure(n)}${unit ? ` ${unit}` : ""}`;
      const value = typeof given.value === "number" ? given.value : undefined;
      const note = feedbackFor(feedback, value === undefined ? undefined : String(value));
      const tolerance = key ? toleranceText(key.tolerance, key.toleranceKind) : null;
      return (
        <dl className="flex flex-col gap-2">
          <Row label="Your answer">{value === undefined ? none : show(value)}</Row>
          {key?.value !== undefined ? <Row label="Correct answer">{`${show(key.value)}${tolerance ? ` (${tolerance})` : ""}`}</Row> : null}
          {note ? <Row label="Feedback">{note}</Row> : null}
        </dl>
      );
    }
    case "SHORT_TEXT": {
      const note = feedbackFor(feedback, given.text);
      return (
        <dl className="flex flex-col gap-2">
          <Row label="Your answer">{given.text ? `“${given.text}”` : none}</Row>
          {key?.accepted ? <Row label={key.accepted.length > 1 ? "Accepted answers" : "Correct answer"}>{key.accepted.join(" · ")}</Row> : null}
          {note ? <Row label="Feedback">{note}</Row> : null}
        </dl>
      );
    }
    case "ORDERING":
    case "MATCHING":
      return (
        <SequenceReview
          type={type}
          choices={choicesOf(options)}
          prompts={promptsOf(options)}
          answers={matchAnswersOf(options)}
          order={given.order}
          pairs={given.pairs}
          keyOrder={key?.order ?? null}
          keyPairs={key?.pairs ?? null}
          answersVisible={answersVisible}
        />
      );
    default:
      return null;
  }
}
