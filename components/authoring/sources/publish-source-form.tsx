"use client";

import { useActionState } from "react";
import { publishSource } from "@/app/actions/source-authoring";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Publishes a draft source (a plain form post, so it works without JavaScript). */
export function PublishSourceForm({ sourceId }: { sourceId: string }) {
  const [state, action, pending] = useActionState(publishSource, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="sourceId" value={sourceId} />
      <p className="text-sm text-muted">Once published, the text can never change: a correction becomes a new revision.</p>
      <div>
        <Button disabled={pending}>Publish</Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
