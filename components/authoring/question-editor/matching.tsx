"use client";

import { inputClass, type TypeEditorProps } from "./editor-props";
import { ErrorText } from "./error-text";
import { RowListEditor } from "./row-list";

/** Prompts, each paired with one of the answers; two prompts may share an answer. */
export function MatchingEditor(props: TypeEditorProps) {
  const { draft, errors, onChange } = props;
  return (
    <div className="flex flex-col gap-6">
      <RowListEditor {...props} list="answers" legend="Answers to choose from" itemLabel={(i) => `Answer ${i + 1}`} textLabel="words" addLabel="Add an answer" minRows={2} />
      <RowListEditor
        {...props}
        list="rows"
        legend="Prompts, each with its right answer"
        itemLabel={(i) => `Prompt ${i + 1}`}
        textLabel="words"
        feedbackLabel="Feedback for this prompt"
        addLabel="Add a prompt"
        minRows={2}
        extra={(row, i) => (
          <div className="flex flex-col gap-1">
            <label htmlFor={`rows-${i}-match`} className="text-sm font-medium">
              Prompt {i + 1} pairs with
            </label>
            <select
              id={`rows-${i}-match`}
              name={`rows.${i}.match`}
              value={row.match}
              onChange={(e) => onChange({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, match: e.target.value } : r)) })}
              aria-invalid={errors[`rows.${i}.match`] ? true : undefined}
              className={inputClass}
            >
              <option value="">Choose…</option>
              {draft.answers.map((answer, k) => (
                <option key={answer.id} value={answer.id}>
                  {answer.text.trim() || `Answer ${k + 1}`}
                </option>
              ))}
            </select>
            <ErrorText id={`rows-${i}-match-error`} messages={errors[`rows.${i}.match`]} />
          </div>
        )}
      />
    </div>
  );
}
