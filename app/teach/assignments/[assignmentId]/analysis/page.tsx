import type { Metadata } from "next";
import Link from "next/link";
import { AnalysisView } from "@/components/analysis/analysis-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getAssignmentAnalysis } from "@/lib/data/item-analysis";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Item analysis" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentAnalysisPage({ params }: Props) {
  const { assignmentId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/assignments/${assignmentId}/analysis`);
  const analysis = await orNotFound(getAssignmentAnalysis(user, assignmentId));
  const [assignment] = analysis.assignments;
  return (
    <>
      <PageHeader title={`Item analysis: ${analysis.title}`} lead={`How each question and each fact went in ${assignment.className}.`}>
        <nav aria-label="Assignment" className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <Link href={`/teach/assignments/${assignment.id}`} className="text-accent underline">
            Back to the assignment
          </Link>
        </nav>
      </PageHeader>
      <AnalysisView analysis={analysis} />
    </>
  );
}
