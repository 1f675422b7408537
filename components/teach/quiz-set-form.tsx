"use client";

import { useActionState } from "react";
import { createQuizSet } from "@/app/actions/teacher-assignments";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** A new quiz set of the teacher's own: its questions are added from the bank next. */
export function QuizSetForm() {
  const [state, action, pending] = useActionState(createQuizSet, null);
  const failed = state && !state.ok ? state : undefined;
  const checked = (name: string, initial: boolean) => (failed ? failed.values?.[name] === "on" : initial);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field label="Title" name="title" required maxLength={200} defaultValue={failed?.values?.title ?? ""} errors={failed?.fieldErrors?.title} />
      <Field
        label="Description"
        name="description"
        hint="Optional: what the set covers. Students see it with the assignment."
        maxLength={2000}
        defaultValue={failed?.values?.description ?? ""}
        errors={failed?.fieldErrors?.description}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Defaults</legend>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions", false)} className="size-4" />
          Shuffle the questions
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions", true)} className="size-4" />
          Shuffle the options of each question
        </label>
      </fieldset>
      <Button disabled={pending} className="self-start">
        Create the set and add questions
      </Button>
    </form>
  );
}
