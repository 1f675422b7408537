"use client";

import { useActionState } from "react";
import { publishAdminQuizSet, setAdminQuizSetPublic } from "@/app/actions/set-authoring";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type PublishControlsProps = { quizSetId: string; status: string; isPublic: boolean; blocking: number };

/** Publish or unpublish the set (the checker runs first), and mark it as public practice. */
export function PublishControls({ quizSetId, status, isPublic, blocking }: PublishControlsProps) {
  const [publishState, publish, publishing] = useActionState(publishAdminQuizSet, null);
  const [publicState, makePublic, changing] = useActionState(setAdminQuizSetPublic, null);
  const published = status === "PUBLISHED";
  return (
    <div className="flex flex-col gap-4">
      <form action={publish} className="flex flex-col gap-2" aria-label="Publishing">
        <input type="hidden" name="quizSetId" value={quizSetId} />
        <input type="hidden" name="publish" value={published ? "unpublish" : "publish"} />
        <FormStatus state={publishState} />
        <p className="text-sm text-muted">
          {published
            ? "Published: signed-in students can practise it and teachers can assign it. Unpublishing retires it (assignments already made keep their questions)."
            : blocking
              ? "The checker found a problem that blocks publishing: fix it first (see the findings)."
              : "A draft or retired set is seen by admins only. The checker runs again when you publish."}
        </p>
        <Button variant={published ? "danger" : "primary"} disabled={publishing} className="self-start">
          {published ? "Unpublish (retire)" : "Publish the set"}
        </Button>
      </form>
      <form action={makePublic} className="flex flex-col gap-2" aria-label="Public practice">
        <input type="hidden" name="quizSetId" value={quizSetId} />
        <input type="hidden" name="isPublic" value={isPublic ? "false" : "true"} />
        <FormStatus state={publicState} />
        <p className="text-sm text-muted">
          {isPublic ? "Public practice: anyone may try it without signing in (scored, never stored)." : "Not public: only signed-in users see it. Only a published set can be public."}
        </p>
        <Button variant="secondary" disabled={changing || (!published && !isPublic)} className="self-start">
          {isPublic ? "Stop public practice" : "Make it public practice"}
        </Button>
      </form>
    </div>
  );
}
