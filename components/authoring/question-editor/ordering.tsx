"use client";

import { inputClass, type TypeEditorProps } from "./editor-props";
import { ErrorText } from "./error-text";
import { RowListEditor } from "./row-list";

/** The items in the right order, each with the place it is shown in (never the right order itself). */
export function OrderingEditor(props: TypeEditorProps) {
  const { draft, errors, onChange } = props;
  return (
    <RowListEditor
      {...props}
      list="rows"
      legend="Items, in the right order"
      itemLabel={(i) => `Item ${i + 1}`}
      textLabel="words"
      feedbackLabel="Feedback for this item"
      addLabel="Add an item"
      minRows={2}
      extra={(row, i) => (
        <div className="flex flex-col gap-1">
          <label htmlFor={`rows-${i}-shown`} className="text-sm font-medium">
            Shown to students in place
          </label>
          <input
            id={`rows-${i}-shown`}
            name={`rows.${i}.shown`}
            inputMode="numeric"
            value={row.shown}
            onChange={(e) => onChange({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, shown: e.target.value } : r)) })}
            aria-invalid={errors[`rows.${i}.shown`] ? true : undefined}
            className={`${inputClass} max-w-24`}
          />
          <ErrorText id={`rows-${i}-shown-error`} messages={errors[`rows.${i}.shown`]} />
        </div>
      )}
    />
  );
}
