"use client";

import type { TypeEditorProps } from "./editor-props";
import { ErrorText } from "./error-text";
import { RowListEditor } from "./row-list";

/** Options, one or more ticked right, feedback per option. */
export function MultipleSelectEditor(props: TypeEditorProps) {
  const { draft, errors, onChange } = props;
  return (
    <div className="flex flex-col gap-2">
      <ErrorText id="correct-error" messages={errors.correct} />
      <RowListEditor
        {...props}
        list="rows"
        legend="Options (tick every right one)"
        itemLabel={(i) => `Option ${i + 1}`}
        textLabel="words"
        feedbackLabel="Feedback for this option"
        addLabel="Add an option"
        minRows={2}
        extra={(row, i) => (
          <label className="inline-flex min-h-6 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="correct[]"
              value={row.id}
              checked={draft.correct.includes(row.id)}
              onChange={(e) => onChange({ ...draft, correct: e.target.checked ? [...draft.correct, row.id] : draft.correct.filter((id) => id !== row.id) })}
              aria-describedby={errors.correct ? "correct-error" : undefined}
              className="size-4 accent-accent"
            />
            Option {i + 1} is right
          </label>
        )}
      />
    </div>
  );
}
