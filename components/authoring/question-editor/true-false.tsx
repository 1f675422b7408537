"use client";

import type { TypeEditorProps } from "./editor-props";
import { ErrorText } from "./error-text";
import { TextField } from "./text-field";

/** Whether the stem's statement is true, and feedback for each answer. */
export function TrueFalseEditor({ draft, errors, onChange }: TypeEditorProps) {
  return (
    <div className="flex flex-col gap-4">
      <fieldset aria-describedby={errors.correct ? "correct-error" : undefined}>
        <legend className="mb-2 font-semibold">The statement is</legend>
        <div className="flex flex-wrap gap-5">
          {(["true", "false"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-6 items-center gap-2">
              <input type="radio" name="correct[]" value={value} checked={draft.correct[0] === value} onChange={() => onChange({ ...draft, correct: [value] })} className="size-4 accent-accent" />
              {value === "true" ? "True" : "False"}
            </label>
          ))}
        </div>
        <ErrorText id="correct-error" messages={errors.correct} />
      </fieldset>
      <TextField name="feedbackTrue" label="Feedback for “True” (optional)" value={draft.feedbackTrue} onChange={(v) => onChange({ ...draft, feedbackTrue: v })} errors={errors} />
      <TextField name="feedbackFalse" label="Feedback for “False” (optional)" value={draft.feedbackFalse} onChange={(v) => onChange({ ...draft, feedbackFalse: v })} errors={errors} />
    </div>
  );
}
