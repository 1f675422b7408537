import Link from "next/link";
import { Card } from "@/components/ui/card";
import { QuizSetSummary } from "./quiz-set-summary";
import { StartAttemptButton } from "./start-attempt-button";

export type PracticeCardProps = {
  set: { slug: string; title: string; description: string | null; isPublic: boolean; questionCount: number };
  /** The student's practice attempt in progress, if any; null for a visitor. */
  openAttemptId: string | null;
  signedIn: boolean;
};

/** A published quiz set to practise: Start practice, Continue, or (for a visitor) try or sign in. */
export function PracticeCard({ set, openAttemptId, signedIn }: PracticeCardProps) {
  const hidden = <span className="sr-only">: {set.title}</span>;
  return (
    <Card as="li" className="flex flex-col gap-2">
      <QuizSetSummary set={set} />
      <div className="mt-auto pt-2">
        {openAttemptId ? (
          <Link href={`/attempts/${openAttemptId}`} className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90">
            Continue practice{hidden}
          </Link>
        ) : signedIn ? (
          <StartAttemptButton fields={{ quizSetSlug: set.slug }} label={<>Start practice{hidden}</>} variant="secondary" />
        ) : set.isPublic ? (
          <Link href={`/quizzes/${set.slug}/try`} className="text-sm font-medium text-accent underline">
            Try it without an account{hidden}
          </Link>
        ) : (
          <Link href={`/sign-in?next=${encodeURIComponent(`/quizzes/${set.slug}`)}`} className="text-sm text-accent underline">
            Sign in to practise{hidden}
          </Link>
        )}
      </div>
    </Card>
  );
}
