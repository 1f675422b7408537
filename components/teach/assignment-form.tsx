"use client";

import { useActionState } from "react";
import { createAssignment, updateAssignment } from "@/app/actions/teacher-assignments";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { reviewPolicyOptions, scorePolicyOptions } from "./words";

/** The form's fields as text, the way the inputs hold them (times are wall-clock in `timeZone`). */
export type AssignmentFormValues = {
  title: string;
  opensAt: string;
  dueAt: string;
  timeZone: string;
  maxAttempts: string;
  timeLimitMinutes: string;
  scorePolicy: string;
  reviewPolicy: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
};

export type AssignmentFormProps = {
  initial: AssignmentFormValues;
  zones: string[];
} & (
  | { mode: "create"; classes: { id: string; name: string }[]; quizSets: { id: string; title: string; mine: boolean; questionCount: number }[]; classId?: string; quizSetId?: string }
  | { mode: "edit"; assignmentId: string; attemptCount: number }
);

type Preview = { consequences: string[]; values?: Record<string, string> };

export function AssignmentForm(props: AssignmentFormProps) {
  const [state, action, pending] = useActionState(props.mode === "create" ? createAssignment : updateAssignment, null);
  const failed = state && !state.ok ? state : undefined;
  const preview = state?.ok ? (state.data as Preview | undefined) : undefined;
  const pendingConfirm = preview && preview.consequences.length > 0 ? preview : undefined;
  // After a refusal or a preview, the fields show what was sent; otherwise the saved settings.
  const sent = failed?.values ?? pendingConfirm?.values;
  const text = (name: keyof AssignmentFormValues) => (sent ? (sent[name] ?? "") : String(props.initial[name]));
  const checked = (name: "shuffleQuestions" | "shuffleOptions") => (sent ? sent[name] === "on" : props.initial[name]);
  const errors = (name: string) => failed?.fieldErrors?.[name];
  const zone = text("timeZone") || "UTC";

  return (
    <form action={action} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormStatus state={state} />
      {pendingConfirm ? (
        <div className="rounded-md border-l-4 border-amber-500 bg-card px-4 py-3" aria-labelledby="consequences-heading">
          <h3 id="consequences-heading" className="font-semibold">
            What this change means for the attempts already made
          </h3>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {pendingConfirm.consequences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {failed?.fieldErrors?.form ? <p className="text-sm text-red-700 dark:text-red-300">{failed.fieldErrors.form.join(" ")}</p> : null}
      {props.mode === "edit" ? <input type="hidden" name="assignmentId" value={props.assignmentId} /> : null}
      {props.mode === "create" ? (
        <>
          <SelectField
            label="Class"
            name="classId"
            defaultValue={sent?.classId ?? props.classId ?? props.classes[0]?.id}
            options={props.classes.map((c) => ({ value: c.id, label: c.name }))}
            errors={errors("classId")}
          />
          <SelectField
            label="Quiz set"
            name="quizSetId"
            hint="Its questions are frozen when the assignment is made."
            defaultValue={sent?.quizSetId ?? props.quizSetId ?? props.quizSets[0]?.id}
            options={props.quizSets.map((s) => ({ value: s.id, label: `${s.title}${s.mine ? " (yours)" : ""} · ${s.questionCount} question${s.questionCount === 1 ? "" : "s"}` }))}
            errors={errors("quizSetId")}
          />
        </>
      ) : null}
      <Field label="Title" name="title" required maxLength={200} defaultValue={text("title")} errors={errors("title")} />
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium">When</legend>
        <p className="text-sm text-muted">Times are in {zone}. Stored in UTC; students see them in their own zone.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Opens at" name="opensAt" type="datetime-local" required defaultValue={text("opensAt")} errors={errors("opensAt")} />
          <Field label="Due at" name="dueAt" type="datetime-local" required defaultValue={text("dueAt")} errors={errors("dueAt")} />
        </div>
        <SelectField label="Time zone" name="timeZone" defaultValue={zone} options={props.zones.map((z) => ({ value: z, label: z }))} errors={errors("timeZone")} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Attempts allowed"
          name="maxAttempts"
          inputMode="numeric"
          hint="1 to 100; blank for unlimited."
          defaultValue={text("maxAttempts")}
          errors={errors("maxAttempts")}
        />
        <Field
          label="Time limit (minutes)"
          name="timeLimitMinutes"
          inputMode="numeric"
          hint="1 to 600; blank for none."
          defaultValue={text("timeLimitMinutes")}
          errors={errors("timeLimitMinutes")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Score that counts" name="scorePolicy" defaultValue={text("scorePolicy")} options={scorePolicyOptions} errors={errors("scorePolicy")} />
        <SelectField label="Students see the answers" name="reviewPolicy" defaultValue={text("reviewPolicy")} options={reviewPolicyOptions} errors={errors("reviewPolicy")} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Order</legend>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions")} className="size-4" />
          Shuffle the questions for each student
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions")} className="size-4" />
          Shuffle the options of each question
        </label>
      </fieldset>
      {props.mode === "edit" && props.attemptCount > 0 && !pendingConfirm ? (
        <p className="text-sm text-muted">
          {props.attemptCount} attempt{props.attemptCount === 1 ? " has" : "s have"} been made: before anything is saved you will see what the change means for them.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {pendingConfirm ? (
          <Button name="confirmed" value="1" disabled={pending}>
            Confirm and save
          </Button>
        ) : null}
        <Button variant={pendingConfirm ? "secondary" : "primary"} disabled={pending}>
          {props.mode === "create" ? "Create assignment" : pendingConfirm ? "Check again" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
