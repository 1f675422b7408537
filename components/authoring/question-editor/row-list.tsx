"use client";

import type { MouseEvent, ReactNode } from "react";
import { addRow, moveRow, removeRow, type DraftRow, type RowList } from "@/lib/domain/question-form";
import { inputClass, type TypeEditorProps } from "./editor-props";
import { ErrorText } from "./error-text";

export type RowListEditorProps = TypeEditorProps & {
  list: RowList;
  legend: string;
  /** "Option 2", "Prompt 1"… */
  itemLabel: (index: number) => string;
  textLabel: string;
  /** The label of each row's feedback input; none when the rows have no feedback. */
  feedbackLabel?: string;
  /** Per row, beside its text: the "right answer" tick, a pairing select, a place. */
  extra?: (row: DraftRow, index: number) => ReactNode;
  addLabel: string;
  minRows?: number;
};

const smallButton = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-line bg-card px-2 text-sm hover:bg-paper disabled:opacity-50";

/**
 * A list of rows to add to, remove from and reorder. Each button is a submit button with an
 * intent ("up:rows:2"): with JavaScript it edits the draft in place; without, the server applies
 * the same edit (lib/domain/question-form.ts applyIntent) and sends the form back.
 */
export function RowListEditor({ draft, errors, onChange, list, legend, itemLabel, textLabel, feedbackLabel, extra, addLabel, minRows = 0 }: RowListEditorProps) {
  const rows = draft[list];
  const edit = (next: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    next();
  };
  const setRow = (index: number, patch: Partial<DraftRow>) => onChange({ ...draft, [list]: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 font-semibold">{legend}</legend>
      <ErrorText id={`${list}-error`} messages={errors[list]} />
      <ol className="flex flex-col gap-3">
        {rows.map((row, i) => {
          const id = `${list}-${i}`;
          const textErrors = errors[`${list}.${i}.text`];
          return (
            <li key={row.id} className="flex flex-col gap-2 rounded-md border border-line p-3">
              <input type="hidden" name={`${list}.${i}.id`} value={row.id} />
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-text`} className="text-sm font-medium">
                  {itemLabel(i)}: {textLabel}
                </label>
                <input
                  id={`${id}-text`}
                  name={`${list}.${i}.text`}
                  value={row.text}
                  onChange={(e) => setRow(i, { text: e.target.value })}
                  aria-invalid={textErrors ? true : undefined}
                  aria-describedby={textErrors ? `${id}-text-error` : undefined}
                  className={inputClass}
                />
                <ErrorText id={`${id}-text-error`} messages={textErrors} />
              </div>
              {extra?.(row, i)}
              {feedbackLabel ? (
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${id}-feedback`} className="text-sm font-medium">
                    {feedbackLabel} <span className="font-normal text-muted">(optional)</span>
                  </label>
                  <input
                    id={`${id}-feedback`}
                    name={`${list}.${i}.feedback`}
                    value={row.feedback}
                    onChange={(e) => setRow(i, { feedback: e.target.value })}
                    aria-invalid={errors[`${list}.${i}.feedback`] ? true : undefined}
                    className={inputClass}
                  />
                  <ErrorText id={`${id}-feedback-error`} messages={errors[`${list}.${i}.feedback`]} />
                </div>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <button type="submit" name="intent" value={`up:${list}:${i}`} disabled={i === 0} onClick={edit(() => onChange(moveRow(draft, list, i, -1)))} className={smallButton}>
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">Move {itemLabel(i)} up</span>
                </button>
                <button type="submit" name="intent" value={`down:${list}:${i}`} disabled={i === rows.length - 1} onClick={edit(() => onChange(moveRow(draft, list, i, 1)))} className={smallButton}>
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">Move {itemLabel(i)} down</span>
                </button>
                <button type="submit" name="intent" value={`remove:${list}:${i}`} disabled={rows.length <= minRows} onClick={edit(() => onChange(removeRow(draft, list, i)))} className={smallButton}>
                  Remove<span className="sr-only"> {itemLabel(i)}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="submit" name="intent" value={`add:${list}`} onClick={edit(() => onChange(addRow(draft, list)))} className={smallButton + " px-3"}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
