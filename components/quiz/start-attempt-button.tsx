"use client";

import { useActionState, type ReactNode } from "react";
import { startAttempt } from "@/app/actions/attempts";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type StartAttemptButtonProps = {
  /** What to start: { assignmentId }, { quizSetSlug } or { missed: "1" }. */
  fields: Record<string, string>;
  label: ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
};

/** A one-button form that starts (or resumes) an attempt and goes to it; says why it cannot. */
export function StartAttemptButton({ fields, label, pendingLabel = "Starting…", variant = "primary" }: StartAttemptButtonProps) {
  const [state, action, pending] = useActionState(startAttempt, null);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}
