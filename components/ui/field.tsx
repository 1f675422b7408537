import { useId, type InputHTMLAttributes, type ReactNode } from "react";

/** What a form control needs to be tied to its label, hint and errors. */
export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

export type FieldFrameProps = {
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * The label, hint and error message around one control (an input, a select), with the hint
 * and errors announced and tied to it (aria-describedby).
 */
export function FieldFrame({ label, hint, errors, className = "", children }: FieldFrameProps) {
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
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input (FieldFrame). */
export function Field({ label, name, hint, errors, className, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          className="min-h-10 rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400"
          {...input}
        />
      )}
    </FieldFrame>
  );
}
