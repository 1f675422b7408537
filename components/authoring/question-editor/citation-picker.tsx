"use client";

import type { MouseEvent } from "react";
import type { EvidenceChoice } from "@/lib/data/question-authoring";
import type { TypeEditorProps } from "./editor-props";
import { inputClass } from "./editor-props";
import { ErrorText } from "./error-text";

export type CitationPickerProps = TypeEditorProps & { evidence: EvidenceChoice[] };

const MAX_SHOWN = 25;

/** Quotes whose fact, quote, source or fact code contain every word of the query (any case). */
export function matchingEvidence(evidence: EvidenceChoice[], query: string): EvidenceChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return evidence;
  return evidence.filter((e) => {
    const haystack = `${e.factCode ?? ""} ${e.factStatement} ${e.citation.quote} ${e.citation.source.title} ${e.citation.source.publisher ?? ""}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * Search the facts and tick the quotes this question cites. The ticked ones stay listed (first)
 * whatever the search; the list filters as you type, and without JavaScript the Search button
 * sends the query back with the rest of the form, so nothing typed is lost.
 */
export function CitationPicker({ draft, errors, onChange, evidence }: CitationPickerProps) {
  const ticked = draft.citations.map((id) => evidence.find((e) => e.id === id)).filter((e): e is EvidenceChoice => !!e);
  const found = matchingEvidence(evidence, draft.citationQuery).filter((e) => !draft.citations.includes(e.id));
  const shown = [...ticked, ...found.slice(0, MAX_SHOWN)];
  const toggle = (id: string, on: boolean) => onChange({ ...draft, citations: on ? [...draft.citations, id] : draft.citations.filter((c) => c !== id) });
  const search = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="citations-error">
      <legend className="mb-1 font-semibold">Citations</legend>
      <p className="text-sm text-muted">Publishing needs at least one quote that can be found in its source.</p>
      <ErrorText id="citations-error" messages={errors.citations} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 grow flex-col gap-1">
          <label htmlFor="citation-query" className="text-sm font-medium">
            Search facts, quotes and sources
          </label>
          <input id="citation-query" name="citationQuery" type="search" value={draft.citationQuery} onChange={(e) => onChange({ ...draft, citationQuery: e.target.value })} className={inputClass} />
        </div>
        <button type="submit" name="intent" value="search" onClick={search} className="inline-flex min-h-10 items-center rounded-md border border-line bg-card px-3 text-sm hover:bg-paper">
          Search
        </button>
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {ticked.length} cited · {found.length} {found.length === 1 ? "other quote matches" : "other quotes match"}
        {found.length > MAX_SHOWN ? ` (first ${MAX_SHOWN} shown: search to narrow)` : ""}
      </p>
      <ul className="flex max-h-[32rem] flex-col gap-2 overflow-y-auto" aria-label="Quotes to cite">
        {shown.map((e) => {
          const id = `cite-${e.id}`;
          return (
            <li key={e.id}>
              <label htmlFor={id} className="flex cursor-pointer items-start gap-3 rounded-md border border-line bg-card px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-paper">
                <input id={id} type="checkbox" name="citations[]" value={e.id} checked={draft.citations.includes(e.id)} onChange={(ev) => toggle(e.id, ev.target.checked)} className="mt-1 size-4 shrink-0 accent-accent" />
                <span className="flex min-w-0 flex-col gap-1 text-sm">
                  <span className="font-serif text-base break-words">“{e.citation.quote}”</span>
                  <span className="break-words">
                    {e.factCode ? <span className="font-semibold">{e.factCode}: </span> : null}
                    {e.factStatement}
                  </span>
                  <span className="text-muted break-words">
                    {e.citation.source.title}
                    {e.citation.source.publisher ? ` · ${e.citation.source.publisher}` : ""}
                    {e.citation.stance !== "SUPPORTS" ? ` · ${e.citation.stance.toLowerCase()}` : ""}
                  </span>
                  {e.resolves ? null : <span className="font-medium text-red-700 dark:text-red-300">This quote cannot be found in its source: it does not count for publishing.</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
