"use client";

import { useActionState } from "react";
import { changeQuestionStatus } from "@/app/actions/question-authoring";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type QuestionStatusFormProps = { questionId: string; status: "DRAFT" | "PUBLISHED" | "RETIRED" };

const moves = {
  DRAFT: [{ to: "PUBLISHED", label: "Publish" }, { to: "RETIRED", label: "Retire" }],
  PUBLISHED: [{ to: "RETIRED", label: "Retire" }, { to: "DRAFT", label: "Back to draft" }],
  RETIRED: [{ to: "PUBLISHED", label: "Publish again" }, { to: "DRAFT", label: "Back to draft" }],
} as const;

/** Publish (needs a citation that resolves), retire (keeps every version), or back to draft. */
export function QuestionStatusForm({ questionId, status }: QuestionStatusFormProps) {
  const [state, action, pending] = useActionState(changeQuestionStatus, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      <div className="flex flex-wrap gap-3">
        {moves[status].map((move) => (
          <Button key={move.to} name="status" value={move.to} variant={move.to === "RETIRED" ? "danger" : move.to === "PUBLISHED" ? "primary" : "secondary"} disabled={pending}>
            {move.label}
          </Button>
        ))}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
