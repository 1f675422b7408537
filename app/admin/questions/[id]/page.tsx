import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { QuestionEditor } from "@/components/authoring/question-editor/question-editor";
import { questionTypeEditors } from "@/components/authoring/question-editor/registry";
import { QuestionStatusForm } from "@/components/authoring/question-editor/status-form";
import { VersionHistory } from "@/components/authoring/question-editor/version-history";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getQuestionForEditing, listEvidenceChoices } from "@/lib/data/question-authoring";
import { draftFromVersion } from "@/lib/domain/question-form";
import { saveModeFor } from "@/lib/domain/question-form-rules";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const statusWords = { DRAFT: "Draft", PUBLISHED: "Published", RETIRED: "Retired" } as const;

function versionNote(use: { responses: number; inPublishedSets: number; inAssignments: number }): string | undefined {
  if (saveModeFor(use) === "replace") return undefined;
  const why = [
    use.responses ? `${use.responses} ${use.responses === 1 ? "response" : "responses"}` : null,
    use.inPublishedSets ? `in ${use.inPublishedSets} published ${use.inPublishedSets === 1 ? "set" : "sets"}` : null,
    use.inAssignments ? `frozen into ${use.inAssignments} ${use.inAssignments === 1 ? "assignment" : "assignments"}` : null,
  ].filter(Boolean);
  return `Saving makes a new version: the current one has been seen (${why.join(", ")}), so it is kept as it was.`;
}

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/questions/${id}`);
  const { created } = await searchParams;
  let question;
  try {
    question = await getQuestionForEditing(admin, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const evidence = await listEvidenceChoices(admin);
  const title = question.code ? `Edit question ${question.code}` : "Edit question";
  return (
    <>
      <PageHeader title={title} lead={`${questionTypeEditors[question.current.type].label}, version ${question.current.version}.`}>
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <Badge tone={question.status === "PUBLISHED" ? "accent" : "neutral"}>{statusWords[question.status]}</Badge>
          <Link href="/admin/questions" className="text-accent underline">
            Back to the question bank
          </Link>
        </p>
      </PageHeader>
      <AuthoringNav current="/admin/questions" />
      {created ? (
        <p role="status" className="mb-4 rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-sm text-green-800 dark:text-green-300">
          Question created as a draft. Publish it once it cites a quote.
        </p>
      ) : null}
      <section aria-labelledby="status-title" className="mb-8 flex flex-col gap-2">
        <h2 id="status-title" className="font-serif text-xl font-semibold">
          Status: {statusWords[question.status].toLowerCase()}
        </h2>
        {question.sets.length ? (
          <p className="text-sm text-muted">In sets: {question.sets.map((s) => `${s.title} (${statusWords[s.status].toLowerCase()})`).join(", ")}</p>
        ) : null}
        <QuestionStatusForm questionId={question.id} status={question.status} />
      </section>
      <QuestionEditor questionId={question.id} initialDraft={draftFromVersion(question.current)} evidence={evidence} versionNote={versionNote(question.use)} />
      <VersionHistory versions={question.versions} />
    </>
  );
}
