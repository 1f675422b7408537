import Link from "next/link";
import { ReviewList } from "@/components/review/review-list";
import { ReviewSummary } from "@/components/review/review-summary";
import { Card } from "@/components/ui/card";
import type { PublicQuizResult } from "@/lib/data/public-quiz";

export type TryQuizResultProps = { slug: string; result: PublicQuizResult };

/**
 * A visitor's checked answers. Rendered on the server inside the action's reply, so the browser
 * receives what the page shows and never a raw key object.
 */
export function TryQuizResult({ slug, result }: TryQuizResultProps) {
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
