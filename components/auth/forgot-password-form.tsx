"use client";

import { useActionState } from "react";
import { requestPasswordReset } from "@/app/actions/password-reset";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field label="Email" name="email" type="email" autoComplete="username" required defaultValue={state && !state.ok ? state.values?.email : undefined} errors={errors?.email} />
      <Button disabled={pending}>{pending ? "Sending…" : "Send me a link"}</Button>
    </form>
  );
}
