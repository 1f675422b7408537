"use client";

import Link from "next/link";
import { useActionState } from "react";
import { saveGeneratedDrafts } from "@/app/actions/fact-authoring";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { DraftsFormData } from "@/lib/actions/fact-authoring";

export type ShownProposal = { id: string; title: string; type: string; stem: string; lines: string[]; citations: number };

/** The generator's proposals, to pick and save as drafts; each saved draft links to its editor. */
export function ProposalsForm({ factId, proposals }: { factId: string; proposals: ShownProposal[] }) {
  const [state, action, pending] = useActionState(saveGeneratedDrafts, null);
  const saved = state?.ok ? (state.data as DraftsFormData | undefined)?.drafts : undefined;
  const errors = state && !state.ok ? state.fieldErrors?.["proposals[]"] : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="factId" value={factId} />
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-medium">Choose the proposals to save as drafts</legend>
          {proposals.map((p) => (
            <label key={p.id} className="flex items-start gap-3 rounded-md border border-line bg-card p-3">
              <input type="checkbox" name="proposals[]" value={p.id} className="mt-1 size-4" />
              <span className="flex min-w-0 flex-col gap-1">
                <span className="font-semibold">{p.title}</span>
                <span className="wrap-anywhere">{p.stem}</span>
                <span className="font-mono text-xs whitespace-pre-wrap text-muted wrap-anywhere">{p.lines.join("\n")}</span>
                <span className="text-xs text-muted">
                  Cites {p.citations} {p.citations === 1 ? "piece" : "pieces"} of evidence.
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {errors ? <p className="text-sm text-red-700 dark:text-red-300">{errors.join(" ")}</p> : null}
        <div>
          <Button disabled={pending}>Save the chosen as drafts</Button>
        </div>
      </form>
      <FormStatus state={state} />
      {saved?.length ? (
        <ul className="flex flex-col gap-1 text-sm">
          {saved.map((d) => (
            <li key={d.questionId}>
              <Link href={`/admin/questions/${d.questionId}`} className="text-accent underline">
                Edit the draft: {d.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
