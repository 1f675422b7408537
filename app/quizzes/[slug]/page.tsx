import type { Metadata } from "next";
import Link from "next/link";
import { scoreText } from "@/components/quiz/assignment-words";
import { DateTime } from "@/components/quiz/date-time";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getQuizSetForViewer } from "@/lib/data/assignments";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const user = await getCurrentUser();
  return { user, set: await orNotFound(getQuizSetForViewer(user, slug)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { set } = await load((await params).slug);
  return { title: set.title };
}

export default async function QuizSetPage({ params }: Props) {
  const { slug } = await params;
  const { user, set } = await load(slug);
  const linkButton = "inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90";

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={set.title} lead={set.description}>
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm text-muted">
          <span>{set.questionCount} questions</span>
          {set.isPublic ? <Badge tone="accent">Open practice</Badge> : null}
        </p>
      </PageHeader>

      <Card as="section" className="mb-8 flex flex-col gap-3">
        <h2 className="text-lg font-semibold">Practise</h2>
        {user ? (
          <>
            <p className="text-muted">Practice is untimed. You see your score and every explanation as soon as you submit.</p>
            {set.openAttemptId ? (
              <p>
                <Link href={`/attempts/${set.openAttemptId}`} className={linkButton}>
                  Continue practice
                </Link>
              </p>
            ) : (
              <StartAttemptButton fields={{ quizSetSlug: set.slug }} label="Start practice" />
            )}
          </>
        ) : set.isPublic ? (
          <>
            <p className="text-muted">Anyone can try this quiz. Your score is shown at once but not stored.</p>
            <p className="flex flex-wrap items-center gap-4">
              <Link href={`/quizzes/${set.slug}/try`} className={linkButton}>
                Try it without an account
              </Link>
              <Link href={`/sign-in?next=${encodeURIComponent(`/quizzes/${set.slug}`)}`} className="text-sm text-accent underline">
                Sign in to keep your score
              </Link>
            </p>
          </>
        ) : (
          <p>
            <Link href={`/sign-in?next=${encodeURIComponent(`/quizzes/${set.slug}`)}`} className="font-medium text-accent underline">
              Sign in to practise
            </Link>{" "}
            <span className="text-muted">this quiz and keep your scores.</span>
          </p>
        )}
      </Card>

      {user ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading" className="mb-3 text-lg font-semibold">
            Your practice scores
          </h2>
          {set.pastAttempts.length === 0 ? (
            <p className="text-muted">None yet.</p>
          ) : (
            <ul className="divide-y divide-line rounded-lg border border-line bg-card">
              {set.pastAttempts.map((attempt) => (
                <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span>
                    {attempt.submittedAt ? <DateTime date={attempt.submittedAt} withTime /> : "Submitted"}
                    <span className="ml-3 font-medium">{scoreText(attempt.score, attempt.maxScore)}</span>
                  </span>
                  <Link href={`/attempts/${attempt.id}/review`} className="text-sm text-accent underline">
                    Review
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
