"use server";
import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { TryQuizQuestions } from "@/components/quiz/try-quiz-questions";
import { TryQuizResult } from "@/components/quiz/try-quiz-result";
import { serve } from "@/lib/actions/serve";
import * as attempts from "@/lib/actions/attempts";
import type { ActionState } from "@/lib/actions/define-action";
import { getPublicQuiz, type PublicQuizResult } from "@/lib/data/public-quiz";

/** A refusal may carry the questions rendered again with the visitor's choices (`view`). */
export type TryQuizState = (Exclude<ActionState, { ok: true }> & { view?: ReactNode }) | { ok: true; view: ReactNode };

/** The fields of the questions (q<p>, q<p>[], q<p>.<id>), as lists of values. */
function questionFields(formData: FormData): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const name of new Set(formData.keys())) {
    if (!/^q\d{1,3}([.[]|$)/.test(name)) continue;
    sent[name] = formData.getAll(name).filter((v): v is string => typeof v === "string");
  }
  return sent;
}

/**
 * A visitor's answers to the public set. The reply carries the result already rendered, so
 * only what the page shows reaches the browser: the score, the verdicts, and the feedback and
 * explanations of the questions whose keys may be shown (never a key object). An answer the
 * form cannot read (two events in the same place) is refused with the questions rendered
 * again as the visitor left them: with JavaScript or without, no choice is lost.
 */
export async function tryPublicQuiz(_state: TryQuizState | null, formData: FormData): Promise<TryQuizState> {
  const state = await serve(attempts.tryPublicQuiz, formData);
  if (!state.ok) {
    const slug = formData.get("slug");
    const refusedAnswers = Object.keys(state.fieldErrors ?? {}).some((name) => name.startsWith("q"));
    if (!refusedAnswers || typeof slug !== "string") return state;
    const quiz = await getPublicQuiz(slug);
    // A new key on every refusal mounts fresh inputs: React applies a changed defaultValue of a
    // <select> only when it mounts, and it resets the form to the defaults after the action.
    const refused = { sent: questionFields(formData), fieldErrors: state.fieldErrors ?? {} };
    return { ...state, view: <TryQuizQuestions key={randomUUID()} questions={quiz.questions} refused={refused} /> };
  }
  // The definition's handler returns scorePublicQuiz's result (lib/actions/attempts.ts).
  const { slug, result } = state.data as { slug: string; result: PublicQuizResult };
  return { ok: true, view: <TryQuizResult slug={slug} result={result} /> };
}
