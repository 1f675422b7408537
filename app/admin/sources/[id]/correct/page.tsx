import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { correctSourceText } from "@/app/actions/source-authoring";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { SourceForm } from "@/components/authoring/sources/source-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getCorrectableSource } from "@/lib/data/source-revisions";
import { choicesFromRows } from "@/lib/domain/source-layout";
import { AppError, NotFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Correct the text" };

type Props = { params: Promise<{ id: string }> };

export default async function CorrectSourcePage({ params }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/sources/${id}/correct`);
  let source: Awaited<ReturnType<typeof getCorrectableSource>>;
  try {
    source = await getCorrectableSource(admin, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <PageHeader title="Correct the text" />
        <AuthoringNav current="/admin/sources" />
        <Card>
          <p>{error.message}</p>
          <p className="mt-2 text-sm">
            <Link href={`/admin/sources/${id}`} className="text-accent underline">
              Back to the source
            </Link>
          </p>
        </Card>
      </>
    );
  }
  const text = source.text!;
  const choices = choicesFromRows(text, source.sentences, source.relatedLinks.flatMap((r) => (r.start === null ? [] : [r.start])));
  const initial = {
    values: {
      mode: "text",
      title: source.title,
      publisher: source.publisher ?? "",
      url: source.url ?? "",
      publishedAt: source.publishedAt ? isoDay(source.publishedAt) : "",
      retrievedAt: source.retrievedAt ? isoDay(source.retrievedAt) : "",
      text,
      status: source.status === "PUBLISHED" ? "PUBLISHED" : "DRAFT",
    },
    choices: Object.fromEntries([...choices].map(([line, choice]) => [String(line), choice])),
  };
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/admin/sources/${source.id}`} className="text-accent underline">
          ← Revision {source.revision}
        </Link>
      </p>
      <PageHeader
        title="Correct the text"
        lead={`Saving makes revision ${source.revision + 1}; revision ${source.revision} keeps its text. Every quote of it is checked against the corrected text: those that still resolve move (with the questions that cite them), the others are listed for you to fix.`}
      />
      <AuthoringNav current="/admin/sources" />
      <div className="max-w-3xl">
        <SourceForm action={correctSourceText} sourceId={source.id} initial={initial} />
      </div>
    </>
  );
}
