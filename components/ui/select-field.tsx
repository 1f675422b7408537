import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "./field";

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  hint?: string;
  errors?: string[];
};

/** A labelled select (FieldFrame), like Field. */
export function SelectField({ label, name, options, hint, errors, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select
          {...control}
          name={name}
          className="min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400"
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
