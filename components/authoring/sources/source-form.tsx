"use client";

import { useActionState } from "react";
import { SourceReview } from "./source-review";
import { Button } from "@/components/ui/button";
import { Field, FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/define-action";
import type { SourceFormState } from "@/lib/actions/source-authoring";
import { maxSourceTextLength } from "@/lib/domain/source-input";
import type { LineChoice } from "@/lib/domain/source-layout";

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export type SourceFormProps = {
  action: FormAction;
  /** Set when correcting a text: the revision it corrects (the form then has no link-only mode). */
  sourceId?: string;
  initial?: { values: Record<string, string>; choices: Record<string, LineChoice> };
};

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/**
 * One form for a new source and for a corrected text: fields, the pasted text, and (once
 * previewed) its lines to review. "Preview" and "Save" are plain submits, so all of it works
 * without JavaScript; every field comes back after each submit, refused or not.
 */
export function SourceForm({ action, sourceId, initial }: SourceFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = state?.ok ? (state.data as SourceFormState | undefined) : undefined;
  const values = form?.values ?? (state && !state.ok ? state.values : undefined) ?? initial?.values ?? {};
  const choices = form?.choices ?? initial?.choices ?? {};
  const errors = form?.fieldErrors ?? (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  // A preview that found problems is a refusal, shown as one, though the action answered.
  const status: ActionState | null = form?.refused ? { ok: false, status: 422, message: state?.message ?? "" } : state;
  const mode = sourceId ? "text" : (values.mode ?? "text");
  const text = values.text ?? "";
  const showReview = (form || initial) && mode === "text" && text.trim() !== "" && !errors.text;

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {sourceId ? <input type="hidden" name="sourceId" value={sourceId} /> : null}
      {form?.reviewed ? <input type="hidden" name="reviewed" value={form.reviewed} /> : null}
      {sourceId ? null : (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">What you add</legend>
          <label className="flex min-h-10 items-center gap-2">
            <input type="radio" name="mode" value="text" defaultChecked={mode === "text"} className="size-4" />
            <span>The source’s text, pasted below</span>
          </label>
          <label className="flex min-h-10 items-center gap-2">
            <input type="radio" name="mode" value="link" defaultChecked={mode === "link"} className="size-4" />
            <span>Link only (Cited keeps no copy of the text; the address is required)</span>
          </label>
        </fieldset>
      )}
      <Field label="Title" name="title" required maxLength={300} defaultValue={values.title} errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Publisher" name="publisher" maxLength={200} defaultValue={values.publisher} errors={errors.publisher} />
        <Field label="Address (URL)" name="url" type="url" inputMode="url" hint="http:// or https:// only." defaultValue={values.url} errors={errors.url} />
        <Field label="Published on" name="publishedAt" type="date" defaultValue={values.publishedAt} errors={errors.publishedAt} />
        <Field label="Retrieved on" name="retrievedAt" type="date" defaultValue={values.retrievedAt} errors={errors.retrievedAt} />
      </div>
      <FieldFrame
        label={sourceId ? "Corrected text" : "Text"}
        hint={`One paragraph per line, byte for byte as published; at most ${maxSourceTextLength.toLocaleString("en")} characters.${sourceId ? "" : " Ignored for a link-only source."}`}
        errors={errors.text}
      >
        {(control) => <textarea {...control} name="text" rows={sourceId ? 14 : 10} defaultValue={text} className={`font-mono text-sm ${controlClass}`} />}
      </FieldFrame>
      {showReview ? <SourceReview text={text} choices={choices} /> : null}
      {form?.problems.length ? (
        <ul className="list-disc pl-5 text-sm text-red-800 dark:text-red-300">
          {form.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Save as</legend>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" name="status" value="DRAFT" defaultChecked={values.status !== "PUBLISHED"} className="size-4" />
          <span>Draft (publish it later)</span>
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" name="status" value="PUBLISHED" defaultChecked={values.status === "PUBLISHED"} className="size-4" />
          <span>Published (its text can then never change)</span>
        </label>
      </fieldset>
      <FormStatus state={status} />
      <div className="flex flex-wrap gap-3">
        {/* First, so Enter in a field previews rather than saves. */}
        <Button name="intent" value="preview" variant="secondary" disabled={pending}>
          Preview
        </Button>
        <Button name="intent" value="save" disabled={pending}>
          {sourceId ? "Save the new revision" : "Save"}
        </Button>
      </div>
    </form>
  );
}
