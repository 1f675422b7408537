import type { Metadata } from "next";
import Link from "next/link";
import { OverrideForm } from "@/components/gradebook/override-form";
import { DateTime } from "@/components/quiz/date-time";
import { ReviewItemCard } from "@/components/review/review-item-card";
import { ReviewSummary } from "@/components/review/review-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getTeacherReview } from "@/lib/data/teacher-review";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Attempt" };

type Props = { params: Promise<{ attemptId: string }> };

export default async function TeacherAttemptPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/attempts/${attemptId}`);
  const attempt = await orNotFound(getTeacherReview(user, attemptId));
  const drill = `/teach/classes/${attempt.class.id}/students/${attempt.student.id}`;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={`${attempt.student.name}: attempt ${attempt.number}`} lead={`${attempt.assignment.title} · ${attempt.class.name}`}>
        <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <Link href={`${drill}#assignment-${attempt.assignment.id}`} className="text-accent underline">
            All of {attempt.student.name}&apos;s attempts
          </Link>
          <Link href={`/teach/classes/${attempt.class.id}/gradebook`} className="text-accent underline">
            Gradebook
          </Link>
        </p>
      </PageHeader>
      {attempt.status !== "SUBMITTED" ? (
        <Card>
          <p>
            This attempt is in progress: started <DateTime date={attempt.startedAt} withTime />
            {attempt.deadlineAt ? (
              <>
                , closing at the latest <DateTime date={attempt.deadlineAt} withTime withZone />
              </>
            ) : null}
            . Its answers and scores show here once it is submitted.
          </p>
        </Card>
      ) : (
        <div className="flex flex-col gap-6">
          <ReviewSummary score={attempt.score ?? 0} maxScore={attempt.maxScore ?? 0} submittedAt={attempt.submittedAt} />
          <ol aria-label="Questions" className="flex flex-col gap-6">
            {attempt.items.map((item) => (
              // The override is shown in its form, in the teacher's words, not the student's.
              <ReviewItemCard key={item.position} item={{ ...item, overrideReason: null }} total={attempt.items.length} answersVisible>
                <OverrideForm
                  attemptId={attempt.id}
                  position={item.position}
                  score={item.score}
                  maxPoints={item.maxPoints}
                  override={item.overrideReason ? { reason: item.overrideReason, by: item.overriddenBy, at: item.overriddenAt } : null}
                />
              </ReviewItemCard>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
