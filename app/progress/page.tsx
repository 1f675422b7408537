import type { Metadata } from "next";
import Link from "next/link";
import { ScoreChart } from "@/components/charts/score-chart";
import { AttemptsTable } from "@/components/progress/attempts-table";
import { MasteryList } from "@/components/progress/mastery-list";
import { MissedPracticePreview } from "@/components/progress/missed-practice-preview";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMissedPractice, getProgress } from "@/lib/data/progress";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [{ attempts, mastery }, practice] = await Promise.all([getProgress(user), getMissedPractice(user)]);

  if (attempts.length === 0) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title="Your progress" />
        <Card>
          <p>
            Nothing here yet. Submit a quiz and your scores and the facts you know best will show here.{" "}
            <Link href="/quizzes" className="text-accent underline">
              Go to your quizzes
            </Link>
          </p>
        </Card>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Your progress" lead="Your scores over time, and how well you know each fact the questions come from." />
      <div className="flex flex-col gap-10">
        <section aria-labelledby="scores-heading" className="flex flex-col gap-4">
          <h2 id="scores-heading" className="text-xl font-semibold">
            Scores over time
          </h2>
          <Card>
            <ScoreChart points={attempts} />
          </Card>
          <AttemptsTable attempts={attempts} caption="Your submitted attempts, newest first" />
        </section>

        <section aria-labelledby="mastery-heading" className="flex flex-col gap-4">
          <div>
            <h2 id="mastery-heading" className="text-xl font-semibold">
              Facts, weakest first
            </h2>
            <p className="text-sm text-muted">Share of your answers that were right on the questions built from each fact.</p>
          </div>
          {mastery.length === 0 ? <p className="text-muted">No facts answered yet.</p> : <MasteryList facts={mastery} />}
        </section>

        <MissedPracticePreview practice={practice} />
      </div>
    </div>
  );
}
