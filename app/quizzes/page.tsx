import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { ClassAssignments } from "@/components/quiz/class-assignments";
import { PracticeCard } from "@/components/quiz/practice-card";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getQuizSetForViewer, listMyAssignments } from "@/lib/data/assignments";
import { listMyClasses } from "@/lib/data/class-joins";
import { groupByClass } from "@/lib/domain/assignment-state";
import { listQuizSets } from "@/lib/data/quiz-sets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const user = await getCurrentUser();
  // Published sets only (admins' drafts cannot be practised).
  const sets = await listQuizSets(null);
  const [assignments, classes, practice] = user
    ? await Promise.all([listMyAssignments(user), listMyClasses(user), Promise.all(sets.map((set) => getQuizSetForViewer(user, set.slug)))])
    : [[], [], []];
  const groups = groupByClass(classes, assignments);
  const openPractice = new Map(practice.map((p) => [p.slug, p.openAttemptId]));
  const visibleSets = user ? sets : sets.filter((set) => set.isPublic);

  return (
    <>
      <PageHeader title="Quizzes" lead="Every question comes from a fact in an article, and every answer shows the sentence it comes from." />

      {user ? (
        <>
          {groups.map((group) => (
            <ClassAssignments key={group.id} group={group} />
          ))}
          <section aria-labelledby="join-heading" className="mb-12">
            <Card className="flex flex-col gap-3">
              <h2 id="join-heading" className="text-xl font-semibold">
                Join a class
              </h2>
              {groups.length === 0 ? <p className="text-muted">You are not in a class yet. Enter the code your teacher gave you; its assignments then appear here.</p> : null}
              <JoinClassForm />
            </Card>
          </section>
        </>
      ) : (
        <Card as="section" className="mb-12 flex flex-col gap-2">
          <h2 className="text-lg font-semibold">Sign in to take quizzes</h2>
          <p className="text-muted">
            Your assignments, practice scores and progress are kept when you are signed in. Without an account you can try the open
            practice quiz below.
          </p>
          <p className="flex flex-wrap gap-4">
            <Link href="/sign-in?next=%2Fquizzes" className="font-medium text-accent underline">
              Sign in
            </Link>
            <Link href="/sign-up" className="text-accent underline">
              Create an account
            </Link>
          </p>
        </Card>
      )}

      <section aria-labelledby="practice-heading">
        <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="practice-heading" className="text-xl font-semibold">
              Practice
            </h2>
            <p className="text-sm text-muted">Practice scores count towards your progress, not towards any assignment.</p>
          </div>
          {user ? <StartAttemptButton fields={{ missed: "1" }} label="Practise what I missed" variant="secondary" /> : null}
        </div>
        {visibleSets.length === 0 ? (
          <p className="text-muted">No quiz sets are published yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {visibleSets.map((set) => (
              <PracticeCard key={set.slug} set={set} openAttemptId={openPractice.get(set.slug) ?? null} signedIn={!!user} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
