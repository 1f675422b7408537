"use client";

import { useActionState, useId } from "react";
import { regradeAssignment } from "@/app/actions/regrade";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type RegradeFormProps = { assignmentId: string; summary: string };

/** The confirmation and the button: works without JavaScript (a plain form post). */
export function RegradeForm({ assignmentId, summary }: RegradeFormProps) {
  const [state, action, pending] = useActionState(regradeAssignment, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="flex flex-col gap-1">
        <label className="inline-flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={errors ? true : undefined}
            aria-describedby={`${id}-error`}
            className="mt-1 size-4"
          />
          <span>I checked the preview: {summary}</span>
        </label>
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
          {errors?.join(" ")}
        </p>
      </div>
      <div>
        <Button disabled={pending}>{pending ? "Regrading…" : "Regrade"}</Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
