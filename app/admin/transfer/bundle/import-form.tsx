"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importContentBundle } from "@/app/actions/content-transfer";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { BundleImportResult } from "@/lib/actions/content-transfer";

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Upload → preview (or the file's problems, by line) → confirm, each a plain form post, so it
 * works without JavaScript. The preview carries the file to the confirmation in a signed field.
 */
export function BundleImportForm() {
  const [state, action, pending] = useActionState(importContentBundle, null);
  const result = state?.ok ? (state.data as BundleImportResult | undefined) : undefined;

  if (result?.kind === "imported") {
    const { counts } = result;
    return (
      <div className="flex flex-col gap-3">
        <FormStatus state={state} />
        <p>
          Created {plural(counts.sources, "source", "sources")}, {plural(counts.facts, "fact", "facts")} with {plural(counts.evidence, "piece", "pieces")} of
          evidence, {plural(counts.questions, "question", "questions")} ({plural(counts.versions, "version", "versions")}) and{" "}
          {plural(counts.quizSets, "quiz set", "quiz sets")}.
        </p>
        <p>
          <Link href="/admin/transfer" className="inline-flex min-h-10 items-center text-accent underline">
            Import another file
          </Link>
        </p>
      </div>
    );
  }

  // A bundle with problems is a refusal: shown as one, though the action ran.
  const status = result?.kind === "errors" && state?.ok ? { ok: false as const, status: 422, message: state.message ?? "" } : state;
  const preview = result?.kind === "preview" ? result : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-4">
        <input type="hidden" name="step" value="preview" />
        <FieldFrame label="Bundle file" hint="A .json file exported from a Cited site." errors={state && !state.ok ? state.fieldErrors?.file : undefined}>
          {(control) => <input {...control} type="file" name="file" accept=".json,application/json" className={`min-h-10 max-w-full ${controlClass}`} />}
        </FieldFrame>
        <div>
          <Button variant={preview ? "secondary" : "primary"} disabled={pending}>
            Check the file
          </Button>
        </div>
      </form>
      <FormStatus state={status} />
      {result?.kind === "errors" ? (
        <ul aria-label="Problems in the file" className="flex flex-col gap-1 rounded-md border border-line bg-card p-3 font-mono text-sm wrap-anywhere">
          {result.errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      ) : null}
      {preview ? <BundlePreview plan={preview.plan} /> : null}
      {preview ? (
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="staged" value={preview.staged} />
          <p className="text-sm text-muted">Confirming imports everything above at once, or nothing if anything changed since this check.</p>
          <div>
            <Button disabled={pending}>Import</Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function BundlePreview({ plan }: { plan: Extract<BundleImportResult, { kind: "preview" }>["plan"] }) {
  const created = <T extends { action: string }>(items: T[]) => items.filter((i) => i.action === "create");
  const reused = plan.sources.filter((s) => s.action === "reuse");
  const groups = [
    { title: "Sources", items: created(plan.sources).map((s) => s.title) },
    { title: "Facts", items: created(plan.facts).map((f) => `${f.statement} (${plural(f.evidence, "piece", "pieces")} of evidence)`) },
    { title: "Questions", items: created(plan.questions).map((q) => `${q.stem}${q.versions > 1 ? ` (${q.versions} versions)` : ""}`) },
    { title: "Quiz sets", items: created(plan.quizSets).map((s) => `${s.title} (${plural(s.questions, "question", "questions")})`) },
  ];
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-3 rounded-lg border border-line bg-card p-4">
      <h3 id="preview-heading" className="font-semibold">
        What will be created
      </h3>
      {groups.map((group) => (
        <details key={group.title} className="text-sm">
          <summary className="min-h-6 cursor-pointer">
            {group.title}: {group.items.length}
          </summary>
          {group.items.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 wrap-anywhere">
              {group.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : null}
        </details>
      ))}
      {reused.length > 0 ? <p className="text-sm text-muted">Already on this site, with the same text, and reused: {reused.map((s) => s.title).join(", ")}.</p> : null}
    </section>
  );
}
