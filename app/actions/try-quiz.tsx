"use server";
import type { ReactNode } from "react";
import { TryQuizResult } from "@/components/quiz/try-quiz-result";
import { serve } from "@/lib/actions/serve";
import * as attempts from "@/lib/actions/attempts";
import type { ActionState } from "@/lib/actions/define-action";
import type { PublicQuizResult } from "@/lib/data/public-quiz";

export type TryQuizState = Exclude<ActionState, { ok: true }> | { ok: true; view: ReactNode };

/**
 * A visitor's answers to the public set. The reply carries the result already rendered, so
 * only what the page shows reaches the browser: the score, the verdicts, and the feedback and
 * explanations of the questions whose keys may be shown (never a key object).
 */
export async function tryPublicQuiz(_state: TryQuizState | null, formData: FormData): Promise<TryQuizState> {
  const state = await serve(attempts.tryPublicQuiz, formData);
  if (!state.ok) return state;
  // The definition's handler returns scorePublicQuiz's result (lib/actions/attempts.ts).
  const { slug, result } = state.data as { slug: string; result: PublicQuizResult };
  return { ok: true, view: <TryQuizResult slug={slug} result={result} /> };
}
