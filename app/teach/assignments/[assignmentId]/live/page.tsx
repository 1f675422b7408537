import type { Metadata } from "next";
import Link from "next/link";
import { LiveBoard } from "@/components/teach/live-board";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getLiveView } from "@/lib/data/live-view";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Live view" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function LiveViewPage({ params }: Props) {
  const { assignmentId } = await params;
  const path = `/teach/assignments/${assignmentId}/live`;
  const user = await requireRole(["TEACHER", "ADMIN"], path);
  const view = await orNotFound(getLiveView(user, assignmentId));

  return (
    <>
      <PageHeader
        title={`Live: ${view.assignment.title}`}
        lead={`${view.assignment.className} · ${view.questionCount} questions. Progress only: answers stay hidden until a student submits.`}
      >
        <p className="mt-3 text-sm">
          <Link href={`/teach/assignments/${view.assignment.id}`} className="text-accent underline">
            Back to the assignment
          </Link>
        </p>
      </PageHeader>
      <LiveBoard initial={view} endpoint={`/api/teach/assignments/${view.assignment.id}/live`} refreshHref={`/teach/assignments/${view.assignment.id}/live`} />
    </>
  );
}
