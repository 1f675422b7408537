import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { AuthoredText } from "@/components/authoring/sources/authored-text";
import { PublishSourceForm } from "@/components/authoring/sources/publish-source-form";
import { SourceStatus } from "@/components/authoring/sources/source-status";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getSourceForAuthoring } from "@/lib/data/source-authoring";
import { formatDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const stanceLabels = { SUPPORTS: "supports", DISPUTES: "disputes", UPDATES: "updates" } as const;

export default async function AdminSourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/sources/${id}`);
  const source = await getSourceForAuthoring(admin, id);
  if (!source) notFound();
  const saved = (await searchParams).saved === "1";
  const sentenceOf = (start: number | null) => (start === null ? null : (source.sentences.find((s) => start >= s.start && start < s.end)?.index ?? null));
  const details = [
    source.publisher ? `Publisher: ${source.publisher}` : null,
    source.publishedAt ? `Published ${formatDate(source.publishedAt)}` : null,
    source.retrievedAt ? `Retrieved ${formatDate(source.retrievedAt)}` : null,
    `Revision ${source.revision}`,
  ].filter(Boolean);

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/sources" className="text-accent underline">
          ← All sources
        </Link>
      </p>
      <PageHeader title={source.title}>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted">
          <SourceStatus status={source.status} />
          {source.text === null ? <span>Link only</span> : null}
          <span>{details.join(" · ")}</span>
        </p>
        {source.url ? (
          <p className="mt-2 text-sm wrap-anywhere">
            <a href={source.url} className="text-accent underline" rel="noopener noreferrer">
              {source.url}
            </a>
          </p>
        ) : null}
      </PageHeader>
      <AuthoringNav current="/admin/sources" />
      {saved ? (
        <p role="status" className="mb-4 rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-sm text-green-800 dark:text-green-300">
          Source saved{source.status === "DRAFT" ? " as a draft" : ""}.
        </p>
      ) : null}

      <div className="mb-6 flex flex-col gap-4">
        {source.status === "DRAFT" ? <PublishSourceForm sourceId={source.id} /> : null}
        <nav aria-label="Revisions" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {source.previousRevision ? (
            <Link href={`/admin/sources/${source.previousRevision.id}`} className="inline-flex min-h-10 items-center text-accent underline">
              ← Previous revision ({source.previousRevision.revision})
            </Link>
          ) : null}
          {source.previousRevision ? (
            <Link href={`/admin/sources/${source.id}/recheck`} className="inline-flex min-h-10 items-center text-accent underline">
              Re-check report of the quotes
            </Link>
          ) : null}
          {source.nextRevision ? (
            <Link href={`/admin/sources/${source.nextRevision.id}`} className="inline-flex min-h-10 items-center text-accent underline">
              Next revision ({source.nextRevision.revision}) →
            </Link>
          ) : source.text !== null ? (
            <Link href={`/admin/sources/${source.id}/correct`} className="inline-flex min-h-10 items-center text-accent underline">
              Correct the text
            </Link>
          ) : null}
          {source.status === "PUBLISHED" ? (
            <Link href={`/sources/${source.slug}`} className="inline-flex min-h-10 items-center text-accent underline">
              Open in the reader
            </Link>
          ) : null}
        </nav>
      </div>

      <section aria-labelledby="evidence-heading" className="mb-8">
        <h2 id="evidence-heading" className="mb-3 text-xl font-semibold">
          Evidence quoted from it ({source.evidence.length})
        </h2>
        {source.evidence.length === 0 ? (
          <p className="text-muted">No fact quotes this source yet.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {source.evidence.map((e) => {
              const sentence = sentenceOf(e.start);
              return (
                <li key={e.id}>
                  <Card>
                    <p className="text-sm font-medium wrap-anywhere">
                      {e.fact.code ? `${e.fact.code}: ` : ""}
                      {e.fact.statement}
                    </p>
                    <blockquote className="mt-2 border-l-4 border-accent pl-3 font-serif wrap-anywhere">“{e.quote}”</blockquote>
                    <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-muted">
                      <span>It {stanceLabels[e.stance]} the fact</span>
                      {sentence ? (
                        <a href={`#s-${sentence}`} className="text-accent underline">
                          sentence s-{sentence}
                        </a>
                      ) : null}
                      <span>
                        cited by {e._count.citations} question version{e._count.citations === 1 ? "" : "s"}
                      </span>
                      {e.previousEvidenceId ? <span>carried over from the previous revision</span> : null}
                    </p>
                    {e.note ? <p className="mt-1 text-sm wrap-anywhere">{e.note}</p> : null}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="text-heading" className="max-w-3xl">
        <h2 id="text-heading" className="mb-3 text-xl font-semibold">
          {source.text === null ? "Text" : `Text (${source.sentences.length} sentences)`}
        </h2>
        {source.text === null ? (
          <p className="text-muted">A link-only source: Cited keeps no copy of its text. Its evidence must be a phrase that supports the fact.</p>
        ) : (
          <AuthoredText text={source.text} sentences={source.sentences} relatedLinks={source.relatedLinks} />
        )}
      </section>
    </>
  );
}
