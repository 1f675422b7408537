"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importGiftFile } from "@/app/actions/gift-transfer";
import { GiftPreview } from "@/components/authoring/gift/gift-preview";
import { Button } from "@/components/ui/button";
import { Field, FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { GiftImportResult } from "@/lib/actions/gift-transfer";

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

export type GiftImportFormProps = { sets: { slug: string; title: string }[]; maxKb: number };

/**
 * Upload (or paste) → preview → import, each a plain form post, so it works without JavaScript.
 * The preview carries the text to the import in a hidden field; the import reads it all again.
 */
export function GiftImportForm({ sets, maxKb }: GiftImportFormProps) {
  const [state, action, pending] = useActionState(importGiftFile, null);
  const result = state?.ok ? (state.data as GiftImportResult | undefined) : undefined;
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  if (result?.kind === "imported") {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={state} />
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-card text-sm" aria-label="Imported draft questions">
          {result.questions.map((q) => (
            <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span className="min-w-0 wrap-anywhere">{q.label}</span>
              <span className="flex items-center gap-3">
                <span className="text-muted">{q.citations === 1 ? "1 citation" : `${q.citations} citations`}</span>
                <Link href={`/admin/questions/${q.id}`} className="inline-flex min-h-10 items-center text-accent underline">
                  Edit<span className="sr-only"> {q.label}</span>
                </Link>
              </span>
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-4 text-sm">
          {result.quizSet ? (
            <Link href="/admin/sets" className="inline-flex min-h-10 items-center text-accent underline">
              Quiz sets (the questions were added to “{result.quizSet.title}”)
            </Link>
          ) : null}
          <Link href="/admin/transfer/gift" className="inline-flex min-h-10 items-center text-accent underline">
            Import another file
          </Link>
        </p>
      </div>
    );
  }

  const preview = result?.kind === "preview" ? result : undefined;
  // A preview that cannot be imported is a refusal: shown as one, though the action ran.
  const refused = preview && (!preview.text || preview.problem);
  const status = refused && state?.ok ? { ok: false as const, status: 422, message: state.message ?? "" } : state;
  return (
    <div className="flex flex-col gap-6">
      <form action={action} className="flex flex-col gap-4">
        <input type="hidden" name="step" value="preview" />
        <FieldFrame label="GIFT file" hint={`UTF-8 text, at most ${maxKb} KB and 500 questions.`} errors={fieldErrors?.file}>
          {(control) => <input {...control} type="file" name="file" accept=".txt,.gift,text/plain" className={`min-h-10 max-w-full ${controlClass}`} />}
        </FieldFrame>
        <FieldFrame label="Or paste the GIFT text" hint="Used when no file is chosen." errors={fieldErrors?.gift}>
          {(control) => (
            <textarea {...control} name="gift" rows={6} defaultValue={state && !state.ok ? state.values?.gift : undefined} className={`font-mono text-sm ${controlClass}`} />
          )}
        </FieldFrame>
        <div>
          <Button variant={preview?.text ? "secondary" : "primary"} disabled={pending}>
            Preview
          </Button>
        </div>
      </form>
      <FormStatus state={status} />
      {preview ? <GiftPreview preview={preview.preview} /> : null}
      {preview?.text ? (
        <form action={action} className="flex flex-col gap-4">
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="gift" value={preview.text} />
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 text-sm font-medium">Where the drafts go</legend>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name="target" value="bank" defaultChecked /> The question bank only
            </label>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name="target" value="set" disabled={sets.length === 0} /> Also at the end of a quiz set:
            </label>
            <FieldFrame label="Quiz set" className="pl-6" errors={fieldErrors?.setSlug}>
              {(control) => (
                <select {...control} name="setSlug" className={`min-h-10 max-w-full ${controlClass}`}>
                  {sets.map((s) => (
                    <option key={s.slug} value={s.slug}>
                      {s.title}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name="target" value="new-set" /> Also in a new draft quiz set:
            </label>
            <Field label="New set’s title" name="setTitle" className="pl-6" maxLength={200} errors={fieldErrors?.setTitle} />
          </fieldset>
          <p className="text-sm text-muted">Importing creates every question above as a draft at once, or none if the file has a problem by then.</p>
          <div>
            <Button disabled={pending}>
              Import {preview.preview.questions.length} {preview.preview.questions.length === 1 ? "question" : "questions"}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
