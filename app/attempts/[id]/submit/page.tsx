import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmSubmitForm } from "@/components/quiz/confirm-submit-form";
import { DateTime } from "@/components/quiz/date-time";
import { submitQuestion } from "@/components/quiz/save-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getAttemptForTaking } from "@/lib/data/attempts";
import { isAnswered } from "@/lib/domain/answers";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Submit your answers?" };

type Props = { params: Promise<{ id: string }> };

/** Without JavaScript, "Submit answers" saves the page and comes here to confirm. */
export default async function ConfirmSubmitPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}/submit`);
  const attempt = await orNotFound(getAttemptForTaking(user, id));
  if (attempt.status === "SUBMITTED") redirect(`/attempts/${attempt.id}/review`);
  const unanswered = attempt.questions.filter((q) => !isAnswered(q.type, q.answer)).map((q) => q.position + 1);

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Submit your answers?" lead={attempt.title} />
      <Card className="flex flex-col gap-4">
        <p>{submitQuestion(unanswered.length)}</p>
        {unanswered.length > 0 ? (
          <nav aria-label="Questions not answered">
            <ul className="flex flex-wrap gap-2">
              {unanswered.map((n) => (
                <li key={n}>
                  <Link href={`/attempts/${attempt.id}?q=${n}`} className="inline-flex min-h-8 min-w-8 items-center justify-center rounded-md border border-line px-2 text-accent underline">
                    Question {n}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {attempt.deadlineAt ? (
          <p className="text-sm text-muted">
            Answers are accepted until <DateTime date={attempt.deadlineAt} withTime withZone />.
          </p>
        ) : null}
        <ConfirmSubmitForm attemptId={attempt.id} />
        <Link href={`/attempts/${attempt.id}`} className="self-start text-accent underline">
          No, go back to the questions
        </Link>
      </Card>
    </div>
  );
}
