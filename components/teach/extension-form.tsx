"use client";

import { useActionState } from "react";
import { removeExtension, saveExtension } from "@/app/actions/teacher-assignments";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type ExtensionFormProps = {
  assignmentId: string;
  student: { id: string; name: string };
  /** The current extension, as the fields show it (times wall-clock in `timeZone`). */
  current: { dueAt: string; extraMinutes: string; extraAttempts: string } | null;
  timeZone: string;
};

/** One student's extension: a later due time, extra minutes per attempt, extra attempts. */
export function ExtensionForm({ assignmentId, student, current, timeZone }: ExtensionFormProps) {
  const [state, action, pending] = useActionState(saveExtension, null);
  const [removed, remove, removing] = useActionState(removeExtension, null);
  const failed = state && !state.ok ? state : undefined;
  const value = (name: "dueAt" | "extraMinutes" | "extraAttempts") => failed?.values?.[name] ?? current?.[name] ?? "";
  const status = removed ?? state;
  return (
    <div className="flex flex-col gap-2">
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate aria-label={`Extension for ${student.name}`}>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="userId" value={student.id} />
        <input type="hidden" name="timeZone" value={timeZone} />
        <Field label="Later due time" name="dueAt" type="datetime-local" defaultValue={value("dueAt")} errors={failed?.fieldErrors?.dueAt} />
        <Field label="Extra minutes" name="extraMinutes" inputMode="numeric" className="w-32" defaultValue={value("extraMinutes")} errors={failed?.fieldErrors?.extraMinutes} />
        <Field label="Extra attempts" name="extraAttempts" inputMode="numeric" className="w-32" defaultValue={value("extraAttempts")} errors={failed?.fieldErrors?.extraAttempts} />
        <Button variant="secondary" disabled={pending} aria-label={`Save the extension for ${student.name}`}>
          Save extension
        </Button>
      </form>
      {current ? (
        <form action={remove}>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="userId" value={student.id} />
          <Button variant="danger" disabled={removing} aria-label={`Remove the extension of ${student.name}`}>
            Remove extension
          </Button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" className={`text-sm empty:hidden ${status?.ok ? "text-muted" : "text-red-700 dark:text-red-300"}`}>
        {status ? [status.message, ...(status.ok ? [] : (status.fieldErrors?.form ?? []))].join(" ") : ""}
      </p>
    </div>
  );
}
