import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { statusLabels } from "@/components/authoring/bank/bank-filters";
import { CheckerFindings } from "@/components/authoring/checker-findings";
import { PublishControls } from "@/components/authoring/sets/publish-controls";
import { SetOrder } from "@/components/authoring/sets/set-order";
import { SetSettingsForm } from "@/components/authoring/sets/set-settings-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getAdminSet } from "@/lib/data/set-authoring";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz set" };

type Props = { params: Promise<{ id: string }> };

export default async function AdminSetPage({ params }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/sets/${id}`);
  const set = await orNotFound(getAdminSet(admin, id));
  const names = new Map(set.items.map((item, index) => [item.questionId, item.code ?? `question ${index + 1}`]));
  const blocking = set.findings.filter((f) => f.severity === "blocking").length;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/sets" className="inline-flex min-h-6 items-center text-accent underline">
          ← Quiz sets
        </Link>
      </p>
      <PageHeader title={set.title} lead={set.description || undefined}>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <Badge tone={set.status === "PUBLISHED" ? "accent" : "neutral"}>{statusLabels[set.status]}</Badge>
          {set.isPublic ? <Badge tone="accent">Public practice</Badge> : null}
          <Badge>
            {set.items.length} {set.items.length === 1 ? "question" : "questions"}
          </Badge>
          <Badge>/quizzes/{set.slug}</Badge>
        </p>
      </PageHeader>
      <AuthoringNav current="/admin/sets" />

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-10">
          <section aria-labelledby="items-heading">
            <h2 id="items-heading" className="mb-1 text-xl font-semibold">
              Questions, in order
            </h2>
            <p className="mb-3 max-w-prose text-sm text-muted">
              Drag a question by its handle, or use Move up and Move down; each change is saved at once.{" "}
              <Link href="/admin/questions" className="text-accent underline">
                Add questions from the bank
              </Link>
              .
            </p>
            {set.assignmentCount > 0 ? (
              <p className="mb-3 max-w-prose rounded-md border border-line bg-card px-3 py-2 text-sm">
                Used by {set.assignmentCount} {set.assignmentCount === 1 ? "assignment" : "assignments"}. You can still reorder and edit it: each assignment froze its
                questions and their versions when it was made, so this changes none of them; new assignments take the set as it is then.
              </p>
            ) : null}
            {set.items.length === 0 ? <p className="text-muted">No questions yet.</p> : <SetOrder quizSetId={set.id} items={set.items} />}
          </section>

          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-3 text-xl font-semibold">
              Details
            </h2>
            <SetSettingsForm set={set} />
          </section>
        </div>

        <aside className="flex flex-col gap-8">
          <CheckerFindings findings={set.findings} questionLabels={Object.fromEntries(names)} />
          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading" className="mb-3 text-xl font-semibold">
              Publishing
            </h2>
            <PublishControls quizSetId={set.id} status={set.status} isPublic={set.isPublic} blocking={blocking} />
          </section>
        </aside>
      </div>
    </>
  );
}
