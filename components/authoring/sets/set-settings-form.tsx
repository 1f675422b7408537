"use client";

import { useActionState } from "react";
import { updateAdminQuizSet } from "@/app/actions/set-authoring";
import { Button } from "@/components/ui/button";
import { Field, FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type SetSettings = { id: string; title: string; description: string; shuffleQuestions: boolean; shuffleOptions: boolean };

/** Title, description and shuffling; each save runs the set checker (its findings are listed below). */
export function SetSettingsForm({ set }: { set: SetSettings }) {
  const [state, action, pending] = useActionState(updateAdminQuizSet, null);
  const failed = state && !state.ok ? state : undefined;
  const value = (name: "title" | "description") => failed?.values?.[name] ?? set[name];
  const checked = (name: "shuffleQuestions" | "shuffleOptions") => (failed ? failed.values?.[name] === "on" : set[name]);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate aria-label="Set details">
      <input type="hidden" name="quizSetId" value={set.id} />
      <FormStatus state={state} />
      <Field label="Title" name="title" required maxLength={200} defaultValue={value("title")} errors={failed?.fieldErrors?.title} />
      <FieldFrame label="Description" hint="What the set covers. Students see it in the list of quizzes." errors={failed?.fieldErrors?.description}>
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={3}
            maxLength={2000}
            defaultValue={value("description")}
            className="rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400"
          />
        )}
      </FieldFrame>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Shuffling (each attempt draws its own order)</legend>
        <label className="inline-flex min-h-6 items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions")} className="size-4" />
          Shuffle the questions
        </label>
        <label className="inline-flex min-h-6 items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions")} className="size-4" />
          Shuffle the options of each question
        </label>
      </fieldset>
      <Button disabled={pending} className="self-start">
        Save and check
      </Button>
    </form>
  );
}
