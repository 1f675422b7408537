"use client";

import type { TypeEditorProps } from "./editor-props";
import { RowListEditor } from "./row-list";
import { TextField } from "./text-field";

/** The right figure, how far off still counts, the unit, and feedback for given wrong figures. */
export function NumericEditor(props: TypeEditorProps) {
  const { draft, errors, onChange } = props;
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="value" label="Right figure" inputMode="decimal" value={draft.value} onChange={(v) => onChange({ ...draft, value: v })} errors={errors} />
        <TextField name="unit" label="Unit (optional)" hint="Shown beside the answer box: children, km…" value={draft.unit} onChange={(v) => onChange({ ...draft, unit: v })} errors={errors} />
        <TextField
          name="tolerance"
          label={draft.toleranceKind === "relative" ? "Tolerance (percent)" : "Tolerance (plus or minus)"}
          inputMode="decimal"
          value={draft.tolerance}
          onChange={(v) => onChange({ ...draft, tolerance: v })}
          errors={errors}
        />
        <fieldset>
          <legend className="mb-2 text-sm font-medium">The tolerance is</legend>
          <div className="flex flex-wrap gap-5">
            {(["absolute", "relative"] as const).map((kind) => (
              <label key={kind} className="inline-flex min-h-6 items-center gap-2">
                <input type="radio" name="toleranceKind" value={kind} checked={draft.toleranceKind === kind} onChange={() => onChange({ ...draft, toleranceKind: kind })} className="size-4 accent-accent" />
                {kind === "absolute" ? "an amount" : "a percentage"}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <RowListEditor {...props} list="rows" legend="Feedback for given wrong figures (optional)" itemLabel={(i) => `Figure ${i + 1}`} textLabel="the figure" feedbackLabel="Feedback" addLabel="Add feedback for a figure" />
    </div>
  );
}
