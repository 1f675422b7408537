"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signIn } from "@/app/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type SignInFormProps = { next?: string };

export function SignInForm({ next }: SignInFormProps) {
  const [state, action, pending] = useActionState(signIn, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field label="Email" name="email" type="email" autoComplete="username" required defaultValue={state && !state.ok ? state.values?.email : undefined} errors={errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="text-accent underline">
          Forgot your password?
        </Link>
      </p>
      <Button disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="text-accent underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
