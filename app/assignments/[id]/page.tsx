import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { AssignmentAction } from "@/components/quiz/assignment-action";
import { attemptsText, policyText, scoreText, stateLabels, timeLimitText } from "@/components/quiz/assignment-words";
import { DateTime } from "@/components/quiz/date-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMyAssignment } from "@/lib/data/assignments";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ id: string }> };

export default async function AssignmentPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/assignments/${id}`);
  const a = await orNotFound(getMyAssignment(user, id));

  const facts: [string, ReactNode][] = [
    ["Class", a.className],
    ["Quiz", `${a.quizSetTitle} (${a.questionCount} questions)`],
    ["Open from", a.opensAt ? <DateTime date={a.opensAt} withTime withZone /> : "Open now"],
    ["Due", a.dueAt ? <DateTime date={a.dueAt} withTime withZone /> : "No due date"],
    ["Time limit", timeLimitText(a.timeLimitSeconds)],
    ["Attempts", attemptsText(a.attemptsUsed, a.maxAttempts)],
    ["Review", policyText[a.reviewPolicy]],
  ];

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={a.title} lead={a.quizSetDescription}>
        <p className="mt-3">
          <Badge tone={a.state === "open" || a.state === "in-progress" ? "accent" : "neutral"}>{stateLabels[a.state]}</Badge>
        </p>
      </PageHeader>

      <Card as="section" className="mb-8 flex flex-col gap-5">
        <h2 className="sr-only">Details</h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="flex flex-col gap-0.5 sm:contents">
              <dt className="text-sm text-muted sm:pt-0.5">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {a.timeLimitSeconds !== null && a.state === "open" ? (
          <p className="text-sm text-muted">The clock starts when you press Start and keeps running if you leave the page.</p>
        ) : null}
        <AssignmentAction assignment={a} />
      </Card>

      <section aria-labelledby="attempts-heading">
        <h2 id="attempts-heading" className="mb-3 text-lg font-semibold">
          Your attempts
        </h2>
        {a.attempts.length === 0 ? (
          <p className="text-muted">None yet.</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-card">
            {a.attempts.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <span className="font-medium">Attempt {attempt.number}</span>
                  <span className="ml-3 text-sm text-muted">
                    {attempt.status === "SUBMITTED" && attempt.submittedAt ? (
                      <>
                        Submitted <DateTime date={attempt.submittedAt} withTime />
                      </>
                    ) : (
                      "In progress"
                    )}
                  </span>
                </span>
                {attempt.status === "SUBMITTED" ? (
                  <span className="flex items-center gap-4">
                    <span>{scoreText(attempt.score, attempt.maxScore)}</span>
                    <Link href={`/attempts/${attempt.id}/review`} className="text-sm text-accent underline">
                      Review<span className="sr-only"> attempt {attempt.number}</span>
                    </Link>
                  </span>
                ) : (
                  <Link href={`/attempts/${attempt.id}`} className="text-sm text-accent underline">
                    Continue<span className="sr-only"> attempt {attempt.number}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8 text-sm">
        <Link href="/quizzes" className="text-accent underline">
          All your quizzes
        </Link>
      </p>
    </div>
  );
}
