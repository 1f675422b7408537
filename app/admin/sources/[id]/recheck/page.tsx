import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getRecheckReport } from "@/lib/data/source-revisions";

export const metadata: Metadata = { title: "Quotes re-checked" };

type Props = { params: Promise<{ id: string }> };

export default async function RecheckPage({ params }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/sources/${id}/recheck`);
  const report = await getRecheckReport(admin, id);
  if (!report) notFound();
  const { source, previous, moved, broken } = report;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/admin/sources/${source.id}`} className="text-accent underline">
          ← Revision {source.revision}
        </Link>
      </p>
      <PageHeader
        title="Quotes re-checked"
        lead={`The quotes of revision ${previous.revision} of “${source.title}”, checked against revision ${source.revision}: ${moved.length} moved, ${broken.length} to fix.`}
      />
      <AuthoringNav current="/admin/sources" />

      <section aria-labelledby="broken-heading" className="mb-8">
        <h2 id="broken-heading" className="mb-3 text-xl font-semibold">
          To fix ({broken.length})
        </h2>
        {broken.length === 0 ? (
          <p className="text-muted">Every quote resolves in the corrected text.</p>
        ) : (
          <>
            <p className="mb-3 max-w-prose text-sm text-muted">
              These quotes stay on revision {previous.revision}, and so do the questions that cite them. Record the evidence again from the corrected text,
              then cite it in a new version of each question.
            </p>
            <ul className="flex flex-col gap-3">
              {broken.map((e) => (
                <li key={e.id}>
                  <Card>
                    <p className="text-sm font-medium wrap-anywhere">
                      {e.fact.code ? `Fact ${e.fact.code}: ` : "Fact: "}
                      {e.fact.statement}
                    </p>
                    <blockquote className="mt-2 border-l-4 border-red-700 pl-3 font-serif wrap-anywhere dark:border-red-400">“{e.quote}”</blockquote>
                    <p className="mt-2 text-sm text-red-800 dark:text-red-300">{e.message}</p>
                    {e.questions.length > 0 ? (
                      <div className="mt-2 text-sm">
                        <p className="font-medium">Questions whose current version cites it:</p>
                        <ul className="list-disc pl-5">
                          {e.questions.map((q) => (
                            <li key={q.id} className="wrap-anywhere">
                              <Link href={`/admin/questions/${q.id}`} className="text-accent underline">
                                {q.code ?? "Question"} (version {q.version})
                              </Link>
                              : {q.stem}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : (
                      <p className="mt-2 text-sm text-muted">No question’s current version cites it.</p>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="moved-heading">
        <h2 id="moved-heading" className="mb-3 text-xl font-semibold">
          Moved ({moved.length})
        </h2>
        {moved.length === 0 ? (
          <p className="text-muted">No quote moved.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {moved.map((e) => (
              <li key={e.id} className="rounded-md border border-line bg-card p-3 text-sm wrap-anywhere">
                <span className="font-medium">{e.fact.code ?? e.fact.statement}</span>: “{e.quote}”{" "}
                {e.sentence ? (
                  <Link href={`/admin/sources/${source.id}#s-${e.sentence}`} className="text-accent underline">
                    now sentence s-{e.sentence}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
