"use client";

import { useActionState } from "react";
import { deleteEvidence } from "@/app/actions/fact-authoring";
import { Button } from "@/components/ui/button";

/** Removes evidence nothing cites (the page offers it only then; the server checks again). */
export function DeleteEvidenceButton({ evidenceId, quote }: { evidenceId: string; quote: string }) {
  const [state, action, pending] = useActionState(deleteEvidence, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <Button variant="danger" disabled={pending} aria-label={`Remove the evidence “${quote.slice(0, 60)}”`}>
        Remove
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {state && !state.ok ? state.message : null}
      </span>
    </form>
  );
}
