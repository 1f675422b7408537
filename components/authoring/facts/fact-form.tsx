"use client";

import { useActionState } from "react";
import { createFact, updateFact } from "@/app/actions/fact-authoring";
import { Button } from "@/components/ui/button";
import { Field, FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";

export const factKinds = [
  { value: "FACT", label: "Fact" },
  { value: "FIGURE", label: "Figure" },
  { value: "ATTRIBUTION", label: "Attribution (a claim someone makes)" },
  { value: "QUOTE", label: "Quote (someone's own words)" },
];

export type FactFormValues = { factId?: string; code: string; statement: string; kind: string; attributedTo: string; asOf: string };

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/** Creates a fact, or edits one (`factId`). A plain form post: it works without JavaScript. */
export function FactForm({ initial, citedBy = 0 }: { initial: FactFormValues; citedBy?: number }) {
  const [state, action, pending] = useActionState(initial.factId ? updateFact : createFact, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok && state.values ? { ...initial, ...state.values } : initial;
  const locked = citedBy > 0;
  return (
    <form action={action} className="flex flex-col gap-4">
      {initial.factId ? <input type="hidden" name="factId" value={initial.factId} /> : null}
      <FieldFrame label="Statement" hint="One sentence, in your words, that the evidence supports." errors={errors?.statement}>
        {(control) => <textarea {...control} name="statement" rows={3} required defaultValue={values.statement} readOnly={locked} className={controlClass} />}
      </FieldFrame>
      <div className="grid gap-4 *:min-w-0 sm:grid-cols-2">
        <SelectField label="Kind" name="kind" options={factKinds} defaultValue={values.kind} errors={errors?.kind} disabled={locked} />
        {locked ? <input type="hidden" name="kind" value={values.kind} /> : null}
        <Field label="Code (optional)" name="code" hint="A short handle, like F12." defaultValue={values.code} errors={errors?.code} maxLength={20} />
        <Field label="Attributed to (optional)" name="attributedTo" hint="Whose claim or figure it is." defaultValue={values.attributedTo} errors={errors?.attributedTo} readOnly={locked} />
        <Field
          label="As of (optional)"
          name="asOf"
          hint="2025 (a year), 2025-08 (a month) or 2025-08-15 (a day): as precise as the source is."
          defaultValue={values.asOf}
          errors={errors?.asOf}
          readOnly={locked}
          inputMode="numeric"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending}>{initial.factId ? "Save the fact" : "Create the fact"}</Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
