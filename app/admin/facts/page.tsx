import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireRole } from "@/lib/auth/session";
import { listFacts } from "@/lib/data/fact-authoring";
import { formatDate } from "@/lib/format/dates";
import { FactListSchema } from "@/lib/validation/fact-authoring";

export const metadata: Metadata = { title: "Facts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindWords: Record<string, string> = { FACT: "Fact", FIGURE: "Figure", ATTRIBUTION: "Attribution", QUOTE: "Quote" };

export default async function FactsPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/facts");
  const query = FactListSchema.parse(await searchParams);
  const facts = await listFacts(admin, { query: query.q });
  return (
    <>
      <PageHeader title="Facts" lead="What the sources say, each with the quoted words that support it. Questions cite these.">
        <p className="mt-2 text-sm">
          <Link href="/admin/facts/new" className="inline-flex min-h-6 items-center text-accent underline">
            Record a new fact
          </Link>
        </p>
      </PageHeader>
      <AuthoringNav current="/admin/facts" />
      <form role="search" method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="fact-search" className="text-sm font-medium">
            Search by text, code or claimant
          </label>
          <input id="fact-search" name="q" type="search" defaultValue={query.q} className="min-h-10 w-72 max-w-full rounded-md border border-line bg-card px-3 py-2" />
        </div>
        <Button variant="secondary">Search</Button>
      </form>
      <p role="status" className="mb-3 text-sm text-muted">
        {facts.length === 0 ? `No fact matches${query.q ? ` “${query.q}”` : ""}.` : `${facts.length} ${facts.length === 1 ? "fact" : "facts"}${facts.length === 200 ? " (the newest 200: search to narrow)" : ""}`}
      </p>
      {facts.length > 0 ? (
        <ScrollRegion label="Facts" className="rounded-lg border border-line bg-card">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">Facts</caption>
            <thead className="border-b border-line bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">Code</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Statement</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Kind</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Attributed to</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">As of</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((fact) => (
                <tr key={fact.id} className="border-b border-line last:border-0">
                  <td className="px-3 py-2 align-top whitespace-nowrap">{fact.code ?? "—"}</td>
                  <td className="px-3 py-2 align-top wrap-anywhere">
                    <Link href={`/admin/facts/${fact.id}`} className="text-accent underline">
                      {fact.statement}
                    </Link>
                  </td>
                  <td className="px-3 py-2 align-top">{kindWords[fact.kind]}</td>
                  <td className="px-3 py-2 align-top wrap-anywhere">{fact.attributedTo ?? "—"}</td>
                  <td className="px-3 py-2 align-top whitespace-nowrap">{fact.asOf ? formatDate(fact.asOf, fact.asOfPrecision ?? "DAY") : "—"}</td>
                  <td className="px-3 py-2 text-right align-top">{fact._count.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </>
  );
}
