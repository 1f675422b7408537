"use client";

import Link from "next/link";
import { useActionState } from "react";
import { addQuestionsToQuizSet } from "@/app/actions/set-authoring";
import { questionTypeLabels } from "@/components/teach/words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { BankRow } from "@/lib/data/question-bank-search";
import { statusLabels } from "./bank-filters";

export type SetChoice = { id: string; title: string; status: string };

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

/**
 * The bank's rows with a checkbox each, and "Add to quiz set": one POST form, so ticking and
 * adding work without JavaScript. The ticked questions are appended in the bank's order.
 */
export function BulkAddForm({ rows, sets }: { rows: BankRow[]; sets: SetChoice[] }) {
  const [state, action, pending] = useActionState(addQuestionsToQuizSet, null);
  const addedTo = state?.ok ? (state.data as { quizSetId: string } | undefined)?.quizSetId : undefined;
  return (
    <form action={action} aria-label="Add questions to a quiz set">
      <ul className="flex flex-col gap-2" aria-label="Questions in the bank">
        {rows.map((row) => (
          <li key={row.id} className="flex gap-3 rounded-lg border border-line bg-card p-3">
            <input
              type="checkbox"
              name="questionIds[]"
              value={row.id}
              id={`pick-${row.id}`}
              aria-label={`Select ${row.code ?? excerpt(row.stem)}`}
              className="mt-1 size-5 shrink-0"
            />
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                <Link href={`/admin/questions/${row.id}`} className="font-semibold text-accent underline">
                  {row.code ?? "Open"}
                </Link>
                <span>{row.type ? questionTypeLabels[row.type] : "no version yet"}</span>
                <Badge tone={row.status === "PUBLISHED" ? "accent" : "neutral"}>{statusLabels[row.status]}</Badge>
                {row.version !== null ? <span>v{row.version}</span> : null}
                {row.facts.length ? <span className="wrap-anywhere">facts {row.facts.join(", ")}</span> : null}
                {row.tags.length ? <span className="wrap-anywhere">tags {row.tags.join(", ")}</span> : null}
              </p>
              <p className="mt-1 break-words">
                <label htmlFor={`pick-${row.id}`}>{excerpt(row.stem) || "(no stem)"}</label>
              </p>
            </div>
          </li>
        ))}
      </ul>
      {/* Kept in view beside a long page of rows on wide screens; on a phone it would hide them. */}
      <div className="mt-4 flex flex-col gap-3 border-t border-line bg-paper py-3 sm:sticky sm:bottom-0">
        <FormStatus state={state} />
        {addedTo ? (
          <p className="text-sm">
            <Link href={`/admin/sets/${addedTo}`} className="text-accent underline">
              Open the set
            </Link>
          </p>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
            <label htmlFor="bulk-set" className="text-sm font-medium">
              Quiz set
            </label>
            <select id="bulk-set" name="quizSetId" required defaultValue="" className="min-h-10 w-full rounded-md border border-line bg-card px-3 py-2 text-base sm:w-96">
              <option value="" disabled>
                Choose a set
              </option>
              {sets.map((set) => (
                <option key={set.id} value={set.id}>
                  {set.title}
                  {set.status === "PUBLISHED" ? "" : ` (${statusLabels[set.status].toLowerCase()})`}
                </option>
              ))}
            </select>
          </div>
          <Button disabled={pending}>Add ticked questions to the set</Button>
        </div>
      </div>
    </form>
  );
}
