"use client";

import { useActionState } from "react";
import { updateProfile } from "@/app/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type ProfileFormProps = { name: string };

export function ProfileForm({ name }: ProfileFormProps) {
  const [state, action, pending] = useActionState(updateProfile, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={failed?.values?.name ?? name} errors={failed?.fieldErrors?.name} />
      <Button disabled={pending} className="self-start">
        Save name
      </Button>
    </form>
  );
}
