"use client";

import { useActionState } from "react";
import { tryPublicQuiz } from "@/app/actions/try-quiz";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TryQuizQuestions, type TryQuizQuestionsProps } from "./try-quiz-questions";

export type TryQuizFormProps = { slug: string; questions: TryQuizQuestionsProps["questions"] };

/** The public quiz on one page: answered, scored and explained at once, and never stored. */
export function TryQuizForm({ slug, questions }: TryQuizFormProps) {
  const [state, action, pending] = useActionState(tryPublicQuiz, null);

  // The result arrives rendered by the server (components/quiz/try-quiz-result.tsx).
  if (state?.ok) return state.view;
  const refused = state?.refused;

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {/* After a refused check, the questions come back with the visitor's choices in them. */}
      <TryQuizQuestions key={refused?.id ?? "blank"} questions={questions} refused={refused} />
      <div className="flex flex-wrap items-center gap-4">
        <Button disabled={pending}>{pending ? "Checking…" : "Check my answers"}</Button>
        <p className="text-sm text-muted">Nothing is stored: you see your score and the explanations at once.</p>
      </div>
    </form>
  );
}
