import { Field, FieldFrame } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

export const stances = [
  { value: "SUPPORTS", label: "Supports the fact" },
  { value: "DISPUTES", label: "Disputes the fact" },
  { value: "UPDATES", label: "Updates the fact (a newer figure or date)" },
];

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base";

/** The fields every piece of evidence has, whichever way its words were chosen. */
export function EvidenceFields({ errors, values = {} }: { errors?: Record<string, string[]>; values?: Record<string, string> }) {
  return (
    <div className="grid gap-4 *:min-w-0 sm:grid-cols-2">
      <SelectField label="Stance" name="stance" options={stances} defaultValue={values.stance ?? "SUPPORTS"} errors={errors?.stance} />
      <Field label="Claimant (optional)" name="claimant" hint="Whose figure or claim the words give, if not the source's own." defaultValue={values.claimant} errors={errors?.claimant} />
      <Field label="Evidence as of (optional)" name="asOf" hint="2025, 2025-08 or 2025-08-15." defaultValue={values.asOf} errors={errors?.asOf} inputMode="numeric" />
      <FieldFrame label="Note (optional)" errors={errors?.note}>
        {(control) => <textarea {...control} name="note" rows={2} defaultValue={values.note} className={controlClass} />}
      </FieldFrame>
    </div>
  );
}
