"use client";

import { useActionState } from "react";
import { submitAttempt } from "@/app/actions/attempts";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type ConfirmSubmitFormProps = { attemptId: string };

/** The last step of submitting without JavaScript (with it, the browser asks in a dialog). */
export function ConfirmSubmitForm({ attemptId }: ConfirmSubmitFormProps) {
  const [state, action, pending] = useActionState(submitAttempt, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <Button disabled={pending} className="self-start">
        {pending ? "Submitting…" : "Yes, submit my answers"}
      </Button>
    </form>
  );
}
