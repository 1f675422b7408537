"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { tryPublicQuiz } from "@/app/actions/attempts";
import { ReviewList } from "@/components/review/review-list";
import { ReviewSummary } from "@/components/review/review-summary";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormStatus } from "@/components/ui/form-status";
import type { ReviewItem } from "@/lib/data/review";

export type TryQuizFormProps = { slug: string; children: ReactNode };

type TryResult = { title: string; score: number; maxScore: number; items: ReviewItem[] };

/** The public quiz on one page: answered, scored and explained at once, and never stored. */
export function TryQuizForm({ slug, children }: TryQuizFormProps) {
  const [state, action, pending] = useActionState(tryPublicQuiz, null);
  const result = state?.ok ? (state.data as TryResult | undefined) : undefined;

  if (result) {
    return (
      <div className="flex flex-col gap-6">
        <ReviewSummary score={result.score} maxScore={result.maxScore} note="This score is not stored: you tried the quiz without an account." />
        <Card className="flex flex-col gap-2">
          <p>
            <Link href="/sign-up" className="font-medium text-accent underline">
              Create an account
            </Link>{" "}
            to keep your scores, take the other quizzes and see which facts you know best.
          </p>
          <p className="text-sm">
            {/* A full page load clears the answers. */}
            <a href={`/quizzes/${slug}/try`} className="text-accent underline">
              Try it again
            </a>
          </p>
        </Card>
        <h2 className="text-xl font-semibold">Your answers, explained</h2>
        <ReviewList items={result.items} />
      </div>
    );
  }

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="slug" value={slug} />
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <Button disabled={pending}>{pending ? "Checking…" : "Check my answers"}</Button>
        <p className="text-sm text-muted">Nothing is stored: you see your score and the explanations at once.</p>
      </div>
    </form>
  );
}
