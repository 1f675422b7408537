"use client";

import type { FieldErrors } from "@/lib/domain/question-form";
import { inputClass } from "./editor-props";
import { ErrorText } from "./error-text";

export type TextFieldProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  hint?: string;
  multiline?: number;
  inputMode?: "decimal" | "numeric" | "text";
  className?: string;
};

/** A labelled input or text area of the editor, tied to its hint and its messages. */
export function TextField({ name, label, value, onChange, errors, hint, multiline, inputMode, className = "" }: TextFieldProps) {
  const id = `field-${name}`;
  const messages = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, messages ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, value, "aria-invalid": messages ? (true as const) : undefined, "aria-describedby": describedBy, className: inputClass };
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={multiline} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      <ErrorText id={`${id}-error`} messages={messages} />
    </div>
  );
}
