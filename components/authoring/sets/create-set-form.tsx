"use client";

import { useActionState } from "react";
import { createAdminQuizSet } from "@/app/actions/set-authoring";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** A new admins' quiz set, as a draft: its questions come from the bank next. */
export function CreateSetForm() {
  const [state, action, pending] = useActionState(createAdminQuizSet, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate aria-label="Create a quiz set">
      <FormStatus state={state} />
      <Field label="Title" name="title" required maxLength={200} defaultValue={failed?.values?.title ?? ""} errors={failed?.fieldErrors?.title} />
      <Field
        label="Address (optional)"
        name="slug"
        hint="The end of the set's web address, e.g. alaska-summit. Left blank, it is made from the title."
        maxLength={80}
        defaultValue={failed?.values?.slug ?? ""}
        errors={failed?.fieldErrors?.slug}
      />
      <Field
        label="Description (optional)"
        name="description"
        hint="What the set covers. Students see it in the list of quizzes."
        maxLength={2000}
        defaultValue={failed?.values?.description ?? ""}
        errors={failed?.fieldErrors?.description}
      />
      <Button disabled={pending} className="self-start">
        Create the set
      </Button>
    </form>
  );
}
