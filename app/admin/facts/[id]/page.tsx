import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { EvidenceList } from "@/components/authoring/facts/evidence-list";
import { FactForm } from "@/components/authoring/facts/fact-form";
import { ProposalsForm, type ShownProposal } from "@/components/authoring/facts/proposals-form";
import { QuoteForm } from "@/components/authoring/facts/quote-form";
import { SourceReader } from "@/components/authoring/source-reader";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getFactForEditing, getSourceForAuthoring, listSourcesForEvidence } from "@/lib/data/fact-authoring";
import { proposalsForFact } from "@/lib/data/generated-drafts";
import { parseQuestionContent } from "@/lib/domain/question-types";
import { questionText } from "@/lib/domain/questions";
import { isId } from "@/lib/validation/ids";
import { asOfText } from "@/lib/validation/fact-authoring";

export const metadata: Metadata = { title: "Fact" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function FactPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/facts/${id}`);
  const query = await searchParams;
  const fact = await getFactForEditing(admin, id);
  if (!fact) notFound();

  const sources = await listSourcesForEvidence(admin);
  const sourceId = one(query.source);
  const source = sourceId && isId(sourceId) ? await getSourceForAuthoring(admin, sourceId) : null;
  const proposing = one(query.propose) === "1";
  const proposals: ShownProposal[] = proposing
    ? (await proposalsForFact(admin, fact.id)).map((p) => {
        const parsed = parseQuestionContent(p.type, { options: p.options, key: p.key, feedback: p.feedback });
        const lines = parsed.ok ? questionText(p.stem, parsed.content).split("\n").slice(1).map((l) => l.trim()) : [];
        return { id: p.id, title: p.title, type: p.type, stem: p.stem, lines, citations: p.citations.length };
      })
    : [];

  return (
    <>
      <PageHeader title={fact.code ? `Fact ${fact.code}` : "Fact"} lead={fact.statement}>
        {one(query.created) ? (
          <p role="status" className="mt-3 rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-sm text-green-800 dark:text-green-300">
            The fact was created. Now add its evidence.
          </p>
        ) : null}
      </PageHeader>
      <AuthoringNav current="/admin/facts" />
      <div className="flex max-w-4xl flex-col gap-10">
        <section aria-labelledby="fact-heading">
          <h2 id="fact-heading" className="mb-3 text-xl font-semibold">
            The fact
          </h2>
          {fact.citedBy > 0 ? (
            <p className="mb-3 rounded-md border-l-4 border-accent bg-card px-3 py-2 text-sm">
              Cited by {fact.citedBy} {fact.citedBy === 1 ? "question version" : "question versions"}: its wording, kind, claimant and date cannot change.{" "}
              <Link href="/admin/facts/new" className="text-accent underline">
                Record a new fact
              </Link>{" "}
              instead. Only the code can still be changed.
            </p>
          ) : null}
          <FactForm
            citedBy={fact.citedBy}
            initial={{ factId: fact.id, code: fact.code ?? "", statement: fact.statement, kind: fact.kind, attributedTo: fact.attributedTo ?? "", asOf: asOfText(fact.asOf, fact.asOfPrecision) }}
          />
        </section>

        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading" className="mb-3 text-xl font-semibold">
            Evidence
          </h2>
          <EvidenceList fact={fact} />
        </section>

        <section id="add-evidence" aria-labelledby="add-evidence-heading">
          <h2 id="add-evidence-heading" className="mb-3 text-xl font-semibold">
            Add evidence
          </h2>
          <form method="get" action={`/admin/facts/${fact.id}#add-evidence`} className="mb-4 flex flex-wrap items-end gap-3">
            <div className="flex min-w-0 flex-col gap-1">
              <label htmlFor="evidence-source" className="text-sm font-medium">
                Source
              </label>
              <select id="evidence-source" name="source" defaultValue={source?.id ?? ""} className="min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2">
                <option value="" disabled>
                  Choose a source
                </option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                    {s.linkOnly ? " (link only)" : ""}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="secondary">Open the source</Button>
          </form>
          {source ? (
            <div className="flex flex-col gap-8">
              {source.text !== null ? (
                <div>
                  <h3 className="mb-2 text-lg font-semibold">Select the words in {source.title}</h3>
                  <SourceReader factId={fact.id} source={{ ...source, text: source.text }} />
                </div>
              ) : null}
              <div>
                <h3 className="mb-2 text-lg font-semibold">{source.text !== null ? "Or paste a quote" : `Paste a quote from ${source.title}`}</h3>
                <QuoteForm factId={fact.id} sourceId={source.id} linkOnly={source.text === null} />
              </div>
            </div>
          ) : sourceId ? (
            <p className="text-sm text-red-700 dark:text-red-300">That source was not found: choose one from the list.</p>
          ) : null}
        </section>

        <section id="proposals" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading" className="mb-3 text-xl font-semibold">
            Questions from this fact
          </h2>
          {proposing ? (
            proposals.length ? (
              <ProposalsForm factId={fact.id} proposals={proposals} />
            ) : (
              <p className="text-sm text-muted">
                Nothing to propose yet: the generator needs supporting evidence, and a figure, a date, a claimant or evidence from several sources.
              </p>
            )
          ) : (
            <p className="text-sm">
              <Link href={`/admin/facts/${fact.id}?propose=1#proposals`} className="inline-flex min-h-10 items-center rounded-md border border-line bg-card px-4 py-2 font-medium hover:bg-paper">
                Propose questions
              </Link>
              <span className="ml-2 text-muted">Drafts from the fact&apos;s figure, date, claimant and sources, for you to pick, edit and review. Nothing is published.</span>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
