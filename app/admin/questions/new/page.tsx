import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { QuestionEditor } from "@/components/authoring/question-editor/question-editor";
import { questionTypeEditors } from "@/components/authoring/question-editor/registry";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listEvidenceChoices } from "@/lib/data/question-authoring";
import { emptyDraft } from "@/lib/domain/question-form";
import { isQuestionType, questionTypeNames } from "@/lib/domain/question-types";

export const metadata: Metadata = { title: "New question" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Choose a type, then write the question in the editor for that type. */
export default async function NewQuestionPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/questions/new");
  const { type } = await searchParams;
  const chosen = typeof type === "string" && isQuestionType(type) ? type : null;

  if (!chosen) {
    return (
      <>
        <PageHeader title="New question" lead="Choose the kind of question. You can preview it as you write, and it stays a draft until you publish it." />
        <AuthoringNav current="/admin/questions" />
        <ul className="grid gap-3 sm:grid-cols-2">
          {questionTypeNames.map((name) => (
            <li key={name}>
              <Link href={`/admin/questions/new?type=${name}`} className="flex min-h-16 flex-col gap-1 rounded-lg border border-line bg-card p-4 hover:border-accent">
                <span className="font-semibold text-accent underline">{questionTypeEditors[name].label}</span>
                <span className="text-sm text-muted">{questionTypeEditors[name].description}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-6 text-sm">
          <Link href="/admin/questions" className="text-accent underline">
            Back to the question bank
          </Link>
        </p>
      </>
    );
  }

  const evidence = await listEvidenceChoices(admin);
  return (
    <>
      <PageHeader title={`New ${questionTypeEditors[chosen].label.toLowerCase()} question`} lead="Write it, cite where the answer comes from, and check the preview.">
        <p className="mt-2 text-sm">
          <Link href="/admin/questions/new" className="text-accent underline">
            Choose another type
          </Link>
        </p>
      </PageHeader>
      <AuthoringNav current="/admin/questions" />
      <QuestionEditor initialDraft={emptyDraft(chosen)} evidence={evidence} />
    </>
  );
}
