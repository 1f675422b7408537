"use client";

import { useActionState, useId } from "react";
import { issueResetLink } from "@/app/actions/password-reset";
import { Button } from "@/components/ui/button";

export type ResetLinkFormProps = { userId: string; email: string };

/** Makes a one-time reset link for a user and shows it once, to copy and hand over. */
export function ResetLinkForm({ userId, email }: ResetLinkFormProps) {
  const [state, action, pending] = useActionState(issueResetLink, null);
  const linkId = useId();
  const link = state?.ok ? (state.data as { link?: string } | undefined)?.link : undefined;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={pending} aria-label={`Make a password reset link for ${email}`}>
          Make a reset link
        </Button>
        <span role="status" aria-live="polite" className={`text-sm ${state?.ok ? "text-muted" : "text-red-700 dark:text-red-300"}`}>
          {state?.message}
        </span>
      </div>
      {link ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={linkId} className="text-sm font-medium">
            Reset link for {email}
          </label>
          <input id={linkId} readOnly value={link} className="min-h-10 w-full rounded-md border border-line bg-paper px-3 py-2 font-mono text-sm" />
        </div>
      ) : null}
    </form>
  );
}
