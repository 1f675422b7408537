import { useId, type SelectHTMLAttributes } from "react";

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  hint?: string;
  errors?: string[];
};

/** A labelled select whose hint and errors are announced and tied to it, like Field. */
export function SelectField({ label, name, options, hint, errors, className = "", ...select }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
