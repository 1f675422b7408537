import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { SourceStatus } from "@/components/authoring/sources/source-status";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireRole } from "@/lib/auth/session";
import { listSourcesForAuthoring } from "@/lib/data/source-authoring";

export const metadata: Metadata = { title: "Sources" };

export default async function AdminSourcesPage() {
  const admin = await requireRole(["ADMIN"], "/admin/sources");
  const sources = await listSourcesForAuthoring(admin);
  return (
    <>
      <PageHeader title="Sources" lead="The articles and reports that facts are quoted from. A published text never changes; a correction is a new revision.">
        <p className="mt-3">
          <Link href="/admin/sources/new" className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90">
            Add a source
          </Link>
        </p>
      </PageHeader>
      <AuthoringNav current="/admin/sources" />
      {sources.length === 0 ? (
        <p className="text-muted">No source yet.</p>
      ) : (
        <ScrollRegion label="Sources" className="rounded-lg border border-line bg-card">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">Sources</caption>
            <thead className="border-b border-line bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">Title</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Publisher</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Revision</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Status</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Sentences</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id} className="border-b border-line last:border-0">
                  <td className="px-3 py-2">
                    <Link href={`/admin/sources/${source.id}`} className="text-accent underline wrap-anywhere">
                      {source.title}
                    </Link>
                    {source.nextRevision ? <span className="block text-xs text-muted">Corrected by revision {source.nextRevision.revision}</span> : null}
                  </td>
                  <td className="px-3 py-2">{source.publisher ?? <span className="text-muted">—</span>}</td>
                  <td className="px-3 py-2">{source.revision}</td>
                  <td className="px-3 py-2">
                    <SourceStatus status={source.status} /> {source.contentHash ? null : <span className="text-xs text-muted">link only</span>}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{source._count.sentences}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{source._count.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
