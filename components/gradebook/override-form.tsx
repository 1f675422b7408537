"use client";

import { useActionState, useId } from "react";
import { overrideResponseScore, removeResponseOverride } from "@/app/actions/gradebook";
import { DateTime } from "@/components/quiz/date-time";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type OverrideFormProps = {
  attemptId: string;
  position: number;
  score: number;
  maxPoints: number;
  override: { reason: string; by: string | null; at: Date | null } | null;
};

/** Change one question's score, with the reason the student will read; or take the change back. */
export function OverrideForm({ attemptId, position, score, maxPoints, override }: OverrideFormProps) {
  const [state, action, pending] = useActionState(overrideResponseScore, null);
  const [removeState, remove, removing] = useActionState(removeResponseOverride, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const number = position + 1;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-md border border-line px-4 py-3">
      <h4 id={`${id}-heading`} className="text-sm font-semibold">
        Change the score of question {number}
      </h4>
      {override ? (
        <div className="flex flex-col gap-2 text-sm">
          <p className="break-words">
            Changed by {override.by ?? "a teacher"}
            {override.at ? (
              <>
                {" "}
                on <DateTime date={override.at} withTime />
              </>
            ) : null}
            : {override.reason}
          </p>
          <form action={remove} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="attemptId" value={attemptId} />
            <input type="hidden" name="position" value={position} />
            <Button variant="secondary" disabled={removing}>
              Remove override<span className="sr-only"> of question {number}</span>
            </Button>
          </form>
          <FormStatus state={removeState} />
        </div>
      ) : null}
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="attemptId" value={attemptId} />
        <input type="hidden" name="position" value={position} />
        <Field
          label={`New score (0 to ${maxPoints})`}
          name="score"
          type="number"
          inputMode="decimal"
          min={0}
          max={maxPoints}
          step={0.01}
          required
          defaultValue={state && !state.ok ? state.values?.score : String(score)}
          errors={errors?.score}
          className="max-w-48"
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="text-sm font-medium">
            Reason (the student reads it)
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            required
            maxLength={500}
            rows={2}
            defaultValue={state && !state.ok ? state.values?.reason : ""}
            aria-invalid={errors?.reason ? true : undefined}
            aria-describedby={errors?.reason ? `${id}-reason-error` : undefined}
            className="rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400"
          />
          <p id={`${id}-reason-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
            {errors?.reason?.join(" ")}
          </p>
        </div>
        <div>
          <Button disabled={pending}>
            Save score<span className="sr-only"> of question {number}</span>
          </Button>
        </div>
        <FormStatus state={state} />
      </form>
    </section>
  );
}
