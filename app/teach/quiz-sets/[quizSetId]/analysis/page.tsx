import type { Metadata } from "next";
import Link from "next/link";
import { AnalysisView } from "@/components/analysis/analysis-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getQuizSetAnalysis } from "@/lib/data/item-analysis";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Item analysis" };

type Props = { params: Promise<{ quizSetId: string }> };

export default async function QuizSetAnalysisPage({ params }: Props) {
  const { quizSetId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/quiz-sets/${quizSetId}/analysis`);
  const analysis = await orNotFound(getQuizSetAnalysis(user, quizSetId));
  return (
    <>
      <PageHeader title={`Item analysis: ${analysis.title}`} lead="How each question and each fact of this quiz set went, over its assignments in your classes.">
        {analysis.assignments.length > 0 ? (
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer">
              Over {analysis.assignments.length === 1 ? "1 assignment" : `${analysis.assignments.length} assignments`}
            </summary>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
              {analysis.assignments.map((a) => (
                <li key={a.id}>
                  <Link href={`/teach/assignments/${a.id}/analysis`} className="text-accent underline">
                    {a.title}
                  </Link>{" "}
                  <span className="text-muted">({a.className})</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </PageHeader>
      <AnalysisView analysis={analysis} />
    </>
  );
}
