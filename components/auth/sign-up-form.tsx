"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUp } from "@/app/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={failed?.values?.name} errors={failed?.fieldErrors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={failed?.values?.email} errors={failed?.fieldErrors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. A few unrelated words make a strong password."
        errors={failed?.fieldErrors?.password}
      />
      <Button disabled={pending}>{pending ? "Creating your account…" : "Create account"}</Button>
      <p className="text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-accent underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
