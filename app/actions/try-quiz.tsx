"use server";
import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { TryQuizResult } from "@/components/quiz/try-quiz-result";
import { serve } from "@/lib/actions/serve";
import * as attempts from "@/lib/actions/attempts";
import type { ActionState } from "@/lib/actions/define-action";
import type { PublicQuizResult } from "@/lib/data/public-quiz";

/**
 * A refusal of answers the form could not read carries what the visitor sent (plain data: the
 * no-JavaScript form re-sends the state it was rendered with, so it must serialise), to show
 * the questions again as they left them (components/quiz/try-quiz-questions.tsx). `id` is new
 * on every refusal so the inputs mount afresh with those values.
 */
export type TryQuizRefusal = { id: string; sent: Record<string, string[]>; fieldErrors: Record<string, string[]> };
export type TryQuizState = (Exclude<ActionState, { ok: true }> & { refused?: TryQuizRefusal }) | { ok: true; view: ReactNode };

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
 * form cannot read (two events in the same place) is refused with every choice kept, with
 * JavaScript or without.
 */
export async function tryPublicQuiz(_state: TryQuizState | null, formData: FormData): Promise<TryQuizState> {
  const state = await serve(attempts.tryPublicQuiz, formData);
  if (!state.ok) {
    const fieldErrors = state.fieldErrors ?? {};
    const refusedAnswers = Object.keys(fieldErrors).some((name) => /^q\d/.test(name));
    return refusedAnswers ? { ...state, refused: { id: randomUUID(), sent: questionFields(formData), fieldErrors } } : state;
  }
  // The definition's handler returns scorePublicQuiz's result (lib/actions/attempts.ts).
  const { slug, result } = state.data as { slug: string; result: PublicQuizResult };
  return { ok: true, view: <TryQuizResult slug={slug} result={result} /> };
}
