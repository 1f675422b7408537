"use client";

import { useActionState } from "react";
import { resetPassword } from "@/app/actions/password-reset";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type ResetPasswordFormProps = { token: string; email: string };

export function ResetPasswordForm({ token, email }: ResetPasswordFormProps) {
  const [state, action, pending] = useActionState(resetPassword, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 8 characters." errors={errors?.newPassword} />
      <Field label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <Button disabled={pending}>{pending ? "Saving…" : "Save the new password"}</Button>
    </form>
  );
}
