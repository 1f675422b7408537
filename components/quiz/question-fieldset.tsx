import type { ReactNode } from "react";
import { fieldName } from "@/lib/domain/answer-form";
import { ChoiceOptions } from "./choice-options";
import { MatchingAnswer } from "./matching-answer";
import { OrderingAnswer } from "./ordering-answer";
import { choicesOf, matchAnswersOf, maxLengthOf, promptsOf, readAnswer, unitOf } from "./question-shape";
import { TextAnswer } from "./text-answer";

export type QuestionFieldsetProps = {
  question: { position: number; type: string; stem: string; options: unknown; points: number; answer?: unknown };
  total: number;
  /** Shown under the inputs: the save status on the taking page. */
  status?: ReactNode;
};

const hints: Record<string, string> = {
  MULTIPLE_SELECT: "Select every answer that applies.",
  ORDERING: "Give each one a place: 1 is first.",
  MATCHING: "Choose an answer for each one.",
};

/**
 * One question as a fieldset named by its stem, with the inputs of its type named by the
 * answer-form convention (lib/domain/answer-form.ts), pre-filled from the saved answer.
 */
export function QuestionFieldset({ question, total, status }: QuestionFieldsetProps) {
  const { position, type, options } = question;
  const name = fieldName(position);
  const number = position + 1;
  const saved = readAnswer(question.answer);
  // The stem often says "select all that apply" itself.
  const hint = type === "MULTIPLE_SELECT" && /all that apply/i.test(question.stem) ? undefined : hints[type];
  const hintId = `${name}-hint`;

  let input: ReactNode;
  switch (type) {
    case "SINGLE_CHOICE":
      input = <ChoiceOptions name={name} idPrefix={name} choices={choicesOf(options)} checked={saved.choice ? [saved.choice] : []} />;
      break;
    case "TRUE_FALSE": {
      const choices = [
        { id: "true", text: "True" },
        { id: "false", text: "False" },
      ];
      input = <ChoiceOptions name={name} idPrefix={name} choices={choices} checked={saved.value === undefined ? [] : [String(saved.value)]} />;
      break;
    }
    case "MULTIPLE_SELECT":
      input = (
        <>
          <input type="hidden" name={`${name}.present`} value="1" />
          <ChoiceOptions name={`${name}[]`} idPrefix={name} choices={choicesOf(options)} multiple checked={saved.choices ?? []} />
        </>
      );
      break;
    case "NUMERIC":
      input = <TextAnswer name={name} id={`${name}-input`} numeric unit={unitOf(options)} defaultValue={typeof saved.value === "number" ? String(saved.value) : ""} />;
      break;
    case "SHORT_TEXT":
      input = <TextAnswer name={name} id={`${name}-input`} maxLength={maxLengthOf(options)} defaultValue={saved.text ?? ""} />;
      break;
    case "ORDERING":
      input = <OrderingAnswer name={name} idPrefix={name} choices={choicesOf(options)} order={saved.order ?? []} />;
      break;
    case "MATCHING":
      input = <MatchingAnswer name={name} idPrefix={name} prompts={promptsOf(options)} answers={matchAnswersOf(options)} pairs={saved.pairs ?? {}} />;
      break;
    default:
      input = <p className="text-muted">This question cannot be shown.</p>;
  }

  return (
    <fieldset id={`question-${number}`} aria-describedby={hint ? hintId : undefined} className="scroll-mt-24 rounded-lg border border-line bg-card p-5 shadow-sm">
      <legend className="float-left mb-4 w-full">
        <span className="block text-sm text-muted">
          Question {number} of {total}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {question.points === 1 ? "1 point" : `${question.points} points`}
        </span>
        <span className="mt-1 block text-lg leading-snug font-semibold text-pretty">{question.stem}</span>
      </legend>
      <div className="clear-both flex flex-col gap-3">
        {hint ? (
          <p id={hintId} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        {input}
        {status}
      </div>
    </fieldset>
  );
}
