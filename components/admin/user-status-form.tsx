"use client";

import { useActionState } from "react";
import { setUserDisabled } from "@/app/actions/admin-users";
import { Button } from "@/components/ui/button";

export type UserStatusFormProps = { userId: string; email: string; disabled: boolean };

export function UserStatusForm({ userId, email, disabled }: UserStatusFormProps) {
  const [state, action, pending] = useActionState(setUserDisabled, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <Button variant={disabled ? "secondary" : "danger"} disabled={pending} aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}>
        {disabled ? "Enable" : "Disable"}
      </Button>
      <span role="status" aria-live="polite" className={`text-sm ${state?.ok ? "text-muted" : "text-red-700 dark:text-red-300"}`}>
        {state?.message}
      </span>
    </form>
  );
}
