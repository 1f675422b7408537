"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/define-action";

/** A server action from app/actions/* as useActionState takes it. */
export type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export type ActionFormProps = {
  action: FormAction;
  /** Hidden fields: which class, which student… */
  fields?: Record<string, string>;
  /** One text field, when the form asks for something. */
  input?: { name: string; label: string; defaultValue?: string; hint?: string; type?: string; maxLength?: number; autoComplete?: string; className?: string };
  submitLabel: ReactNode;
  /** The button's accessible name when its text alone is ambiguous ("Remove" in a table). */
  submitName?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Show the outcome only when it failed (the page shows success by changing). */
  quietSuccess?: boolean;
  layout?: "row" | "column";
  children?: ReactNode;
};

/**
 * The one form of the class pages: hidden fields, at most one text field, one button, and the
 * outcome announced. A plain form post without JavaScript (server action + useActionState).
 */
export function ActionForm({ action, fields = {}, input, submitLabel, submitName, variant = "primary", quietSuccess = false, layout = "column", children }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : undefined;
  const shown = quietSuccess && state?.ok ? null : state;
  return (
    <form action={formAction} noValidate className={layout === "row" ? "flex flex-wrap items-end gap-3" : "flex flex-col items-start gap-3"}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {input ? (
        <Field
          label={input.label}
          name={input.name}
          type={input.type ?? "text"}
          hint={input.hint}
          maxLength={input.maxLength}
          autoComplete={input.autoComplete ?? "off"}
          defaultValue={failed?.values?.[input.name] ?? input.defaultValue}
          errors={failed?.fieldErrors?.[input.name]}
          className={input.className ?? "w-full max-w-md"}
        />
      ) : null}
      <Button variant={variant} disabled={pending} aria-label={submitName}>
        {submitLabel}
      </Button>
      <div className="w-full">
        <FormStatus state={shown} />
      </div>
    </form>
  );
}

export type ConfirmActionFormProps = ActionFormProps & { summary: ReactNode; summaryName?: string; explanation: ReactNode };

/** A change that needs a second step: the button is inside a <details> (works without JavaScript). */
export function ConfirmActionForm({ summary, summaryName, explanation, ...form }: ConfirmActionFormProps) {
  return (
    <details className="group">
      <summary
        aria-label={summaryName}
        className="inline-flex min-h-10 cursor-pointer list-none items-center rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-paper [&::-webkit-details-marker]:hidden"
      >
        {summary}
      </summary>
      <div className="mt-2 flex flex-col gap-2 rounded-md border border-line bg-paper p-3 text-sm">
        <p>{explanation}</p>
        <ActionForm {...form} />
      </div>
    </details>
  );
}
