import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/quiz/date-time";
import { ReviewList } from "@/components/review/review-list";
import { ReviewSummary } from "@/components/review/review-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getReview } from "@/lib/data/review";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}/review`);
  const review = await orNotFound(getReview(user, id));
  const { visible } = review;
  // The policy tells "after the due date" from "never".
  const policy = !visible.key ? review.reviewPolicy : null;
  const hiddenUntilDue = policy === "AFTER_DUE" && review.dueAt !== null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={review.title} lead="Your answers, the correct ones, and the sentences they come from." />
      <div className="flex flex-col gap-6">
        {visible.score ? (
          <ReviewSummary score={review.score} maxScore={review.maxScore} submittedAt={review.submittedAt} ranOutOfTime={review.ranOutOfTime} />
        ) : (
          <Card>
            <p>Your answers were submitted. Your teacher has chosen not to show scores for this assignment.</p>
          </Card>
        )}
        {!visible.key || !visible.explanations ? (
          <p role="note" className="rounded-md border-l-4 border-accent bg-card px-4 py-3">
            {hiddenUntilDue && review.dueAt ? (
              <>
                The answers will be shown after the due date, <DateTime date={review.dueAt} withTime withZone />.
              </>
            ) : (
              "The correct answers and explanations are not shown for this assignment."
            )}
          </p>
        ) : null}
        {review.heldBackCount > 0 ? (
          <p role="note" className="rounded-md border-l-4 border-accent bg-card px-4 py-3">
            {review.heldBackCount === 1 ? "One question is" : `${review.heldBackCount} questions are`} also in an assignment that is still
            open, so {review.heldBackCount === 1 ? "its answer is" : "their answers are"} held back until it closes
            {review.assignmentId ? "." : "; the score above covers the other questions."}
          </p>
        ) : null}
        <nav aria-label="After this quiz" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {review.assignmentId ? (
            <Link href={`/assignments/${review.assignmentId}`} className="text-accent underline">
              Back to the assignment
            </Link>
          ) : (
            <Link href="/quizzes" className="text-accent underline">
              Back to quizzes
            </Link>
          )}
          <Link href="/progress" className="text-accent underline">
            Your progress
          </Link>
        </nav>
        {review.items.length > 0 ? <ReviewList items={review.items} answersVisible={visible.answers} /> : null}
      </div>
    </div>
  );
}
