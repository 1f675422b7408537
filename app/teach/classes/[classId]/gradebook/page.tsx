import type { Metadata } from "next";
import Link from "next/link";
import { GradebookFilters } from "@/components/gradebook/gradebook-filters";
import { gradebookHref } from "@/components/gradebook/gradebook-href";
import { GradebookTable } from "@/components/gradebook/gradebook-table";
import { Pager } from "@/components/gradebook/pager";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getGradebook } from "@/lib/data/gradebook";
import { GradebookQuerySchema } from "@/lib/validation/gradebook";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gradebook" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GradebookPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/classes/${classId}/gradebook`);
  const query = GradebookQuerySchema.parse(await searchParams);
  const book = await orNotFound(getGradebook(user, classId, query));

  return (
    <>
      <PageHeader title={`Gradebook: ${book.class.name}`} lead="Each student's counted score per assignment, by its score policy (best, last or average of the submitted attempts).">
        <p className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-3 text-sm">
          <Link href={`/teach/classes/${classId}`} className="text-accent underline">
            Back to the class
          </Link>
          <a
            href={gradebookHref(classId, book.query, {}, "/export")}
            download
            className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
          >
            Download CSV
          </a>
        </p>
      </PageHeader>
      <GradebookFilters classId={classId} query={book.query} />
      {book.columns.length === 0 ? <p className="mb-4 text-muted">This class has no assignments yet.</p> : null}
      {book.rows.length === 0 ? (
        <p className="text-muted">{book.students === 0 ? "No students have joined this class yet." : "No student matches these filters."}</p>
      ) : (
        <GradebookTable book={book} />
      )}
      <Pager page={book.page} pageCount={book.pageCount} href={(page) => gradebookHref(classId, book.query, { page })} />
    </>
  );
}
