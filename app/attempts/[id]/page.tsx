import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AttemptForm } from "@/components/quiz/attempt-form";
import { AttemptNav } from "@/components/quiz/attempt-nav";
import { AttemptStatusBar } from "@/components/quiz/attempt-status-bar";
import { DateTime } from "@/components/quiz/date-time";
import { FoldedQuestionMap } from "@/components/quiz/folded-question-map";
import { QuestionFieldset } from "@/components/quiz/question-fieldset";
import { QuestionMap } from "@/components/quiz/question-map";
import { QuestionSaveStatus } from "@/components/quiz/question-save-status";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getAttemptForTaking } from "@/lib/data/attempts";
import { isAnswered } from "@/lib/domain/answers";
import { shownPart } from "@/lib/domain/questions";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string | string[]; view?: string | string[] }>;
};

export default async function AttemptPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/attempts/${id}`);
  // Only what getAttemptForTaking returns reaches the page: it holds no key, feedback or explanation.
  const attempt = await orNotFound(getAttemptForTaking(user, id));
  if (attempt.status === "SUBMITTED") redirect(`/attempts/${attempt.id}/review`);

  const total = attempt.questions.length;
  const all = query.view === "all";
  const asked = Number(Array.isArray(query.q) ? query.q[0] : query.q);
  const current = all ? null : Math.min(Math.max(Number.isInteger(asked) ? asked : 1, 1), Math.max(total, 1)) - 1;
  const onPage = current === null ? attempt.questions : attempt.questions.filter((q) => q.position === current);
  const answered = attempt.questions.filter((q) => isAnswered(q.type, q.answer)).map((q) => q.position);

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={attempt.title}>
        {attempt.deadlineAt ? (
          <p className="mt-2 text-sm text-muted">
            Answers are accepted until <DateTime date={attempt.deadlineAt} withTime withZone />.
          </p>
        ) : null}
      </PageHeader>
      {total === 0 ? (
        <p className="text-muted">This quiz has no questions.</p>
      ) : (
        <AttemptForm
          key={`${attempt.sequence}:${current ?? "all"}`}
          attemptId={attempt.id}
          sequence={attempt.sequence}
          questions={onPage.map((question) => ({ ...shownPart(question), position: question.position }))}
          answered={answered}
          total={total}
          defaultGo={current !== null && current < total - 1 ? "next" : "stay"}
        >
          <AttemptStatusBar
            total={total}
            answered={answered}
            deadlineAt={attempt.deadlineAt}
            // A server component renders once per request: this is the clock the timer follows.
            // eslint-disable-next-line react-hooks/purity
            serverNow={Date.now()}
          />
          {/* Wide screens: the map open above the question. Phones: folded below it. */}
          <div className="hidden sm:block">
            <QuestionMap total={total} answered={answered} current={current} />
          </div>
          {onPage.map((question) => (
            <QuestionFieldset
              key={question.position}
              question={question}
              total={total}
              status={<QuestionSaveStatus position={question.position} savedAt={isAnswered(question.type, question.answer) ? question.savedAt : null} />}
            />
          ))}
          <FoldedQuestionMap total={total} answered={answered} current={current} />
          <AttemptNav attemptId={attempt.id} current={current} total={total} />
        </AttemptForm>
      )}
    </div>
  );
}
