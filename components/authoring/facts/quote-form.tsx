"use client";

import { useActionState, useId } from "react";
import { attachEvidenceByQuote } from "@/app/actions/fact-authoring";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { QuoteFormData } from "@/lib/actions/fact-authoring";
import { EvidenceFields } from "./evidence-fields";

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/**
 * Evidence by pasting a quote. Quotes, dashes and spaces may differ from the source's; the saved
 * quote is the source's exact words. A quote that occurs more than once comes back with the
 * places it occurs, to choose one with a radio button and send again.
 */
export function QuoteForm({ factId, sourceId, linkOnly }: { factId: string; sourceId: string; linkOnly: boolean }) {
  const [state, action, pending] = useActionState(attachEvidenceByQuote, null);
  const legendId = useId();
  const ambiguous = state?.ok ? (state.data as QuoteFormData | undefined) : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After a success the form is left empty for the next quote; after an ambiguity or a refusal it
  // keeps what was typed.
  const shown = ambiguous ? ambiguous.values : values;
  const keep = shown?.quote;
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Add evidence by pasting a quote">
      <input type="hidden" name="factId" value={factId} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <FieldFrame
        label="Quote"
        hint={
          linkOnly
            ? "This source is link-only: paste at least four words from it that say what the fact says (not just a name or a place)."
            : "Paste the source's words. Straight or curly quotes, any dash and extra spaces are all fine."
        }
        errors={errors?.quote}
      >
        {(control) => <textarea {...control} name="quote" rows={3} required defaultValue={keep} key={keep ?? ""} className={controlClass} />}
      </FieldFrame>
      {ambiguous ? (
        <fieldset aria-labelledby={legendId} className="rounded-md border border-line p-3">
          <legend id={legendId} className="px-1 text-sm font-semibold">
            The quote occurs {ambiguous.occurrences.length} times: which one?
          </legend>
          <ul className="flex flex-col gap-2">
            {ambiguous.occurrences.map((o, i) => (
              <li key={o.start}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="radio" name="occurrence" value={o.start} required defaultChecked={false} disabled={o.refusal !== null} className="mt-1 size-4" />
                  <span>
                    <span className="sr-only">Occurrence {i + 1}: </span>
                    <span className="text-muted">{o.before}</span>
                    <mark className="bg-accent/20 px-0.5 text-ink">{o.match}</mark>
                    <span className="text-muted">{o.after}</span>
                    {o.refusal ? <span className="block text-red-700 dark:text-red-300">Cannot be cited here: {o.refusal}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <EvidenceFields key={JSON.stringify(shown ?? {})} errors={errors} values={shown} />
      <div>
        <Button variant="secondary" disabled={pending}>
          {ambiguous ? "Add the chosen place as evidence" : "Find and add the quote"}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
