"use client";

import { useActionState, type ReactNode } from "react";
import { addQuizSetItem, moveQuizSetItem, removeQuizSetItem } from "@/app/actions/teacher-assignments";
import { Button, type ButtonProps } from "@/components/ui/button";

const actions = { add: addQuizSetItem, remove: removeQuizSetItem, up: moveQuizSetItem, down: moveQuizSetItem } as const;

export type ItemButtonProps = {
  kind: keyof typeof actions;
  quizSetId: string;
  questionId: string;
  /** The button's full name for assistive technology, e.g. "Move Q03 up". */
  label: string;
  children: ReactNode;
  variant?: ButtonProps["variant"];
  disabled?: boolean;
};

/** One builder button (add, remove, move up or down): a form of its own, so it works without JavaScript. */
export function ItemButton({ kind, quizSetId, questionId, label, children, variant = "secondary", disabled }: ItemButtonProps) {
  const [state, action, pending] = useActionState(actions[kind], null);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="quizSetId" value={quizSetId} />
      <input type="hidden" name="questionId" value={questionId} />
      {kind === "up" || kind === "down" ? <input type="hidden" name="direction" value={kind} /> : null}
      <Button variant={variant} disabled={pending || disabled} aria-label={label} className="min-w-10 px-3">
        {children}
      </Button>
      {state && !state.ok ? (
        <span role="status" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
