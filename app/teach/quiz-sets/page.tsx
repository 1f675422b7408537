import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listTeacherQuizSets } from "@/lib/data/teacher-quiz-sets";

export const metadata: Metadata = { title: "Quiz sets" };

type SetSummary = Awaited<ReturnType<typeof listTeacherQuizSets>>["own"][number];

function SetList({ sets, label }: { sets: SetSummary[]; label: string }) {
  return (
    <ul className="flex flex-col gap-3" aria-label={label}>
      {sets.map((set) => (
        <Card as="li" key={set.id} className="flex flex-col gap-1">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/teach/quiz-sets/${set.id}`} className="font-semibold text-accent underline underline-offset-2">
              {set.title}
            </Link>
            {set.status === "PUBLISHED" ? null : <Badge>no questions yet</Badge>}
          </div>
          <p className="text-sm text-muted">
            {set.questionCount} question{set.questionCount === 1 ? "" : "s"} · used by {set.assignmentCount} assignment{set.assignmentCount === 1 ? "" : "s"}
          </p>
          {set.description ? <p className="text-sm">{set.description}</p> : null}
        </Card>
      ))}
    </ul>
  );
}

export default async function QuizSetsPage() {
  const user = await requireRole(["TEACHER", "ADMIN"], "/teach/quiz-sets");
  const { own, shared } = await listTeacherQuizSets(user);
  return (
    <>
      <PageHeader title="Quiz sets" lead="Build your own sets from the published questions of the bank, or assign one of the editors' sets.">
        <p className="mt-4">
          <Link href="/teach/quiz-sets/new" className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink">
            New quiz set
          </Link>
        </p>
      </PageHeader>
      <section aria-labelledby="own-heading" className="mb-10">
        <h2 id="own-heading" className="mb-3 text-xl font-semibold">
          Your sets
        </h2>
        {own.length === 0 ? <p className="text-muted">You have no sets of your own yet.</p> : <SetList sets={own} label="Your sets" />}
      </section>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading" className="mb-1 text-xl font-semibold">
          The editors&apos; sets
        </h2>
        <p className="mb-3 text-sm text-muted">Published for every teacher to assign; open one to see its questions.</p>
        <SetList sets={shared} label="The editors' sets" />
      </section>
    </>
  );
}
