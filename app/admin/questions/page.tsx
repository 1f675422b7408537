import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { BankFilters } from "@/components/authoring/bank/bank-filters";
import { BulkAddForm } from "@/components/authoring/bank/bulk-add-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { bankPageSize, searchBank } from "@/lib/data/question-bank-search";
import { listAdminSets } from "@/lib/data/set-authoring";
import { AdminBankSearchSchema } from "@/lib/validation/set-authoring";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Question bank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionBankPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/questions");
  const search = AdminBankSearchSchema.parse(await searchParams);
  const [bank, sets] = await Promise.all([searchBank(admin, search), listAdminSets(admin)]);
  const filtering = [search.q, search.type, search.fact, search.source, search.tag, search.status].some(Boolean);
  const href = (page: number) => {
    const params = { ...search, page: String(page) };
    return `/admin/questions?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""))}`;
  };
  const first = (bank.page - 1) * bankPageSize + 1;

  return (
    <>
      <PageHeader title="Question bank" lead="Every question, draft, published or retired. Filter them, open one to edit it, or tick several and add them to a quiz set." />
      <AuthoringNav current="/admin/questions" />
      <BankFilters search={search} />
      <p role="status" className="mb-3 text-sm text-muted">
        {bank.total === 0
          ? filtering
            ? "No question matches these filters."
            : "The bank is empty."
          : `${first}–${first + bank.rows.length - 1} of ${bank.total} ${bank.total === 1 ? "question" : "questions"} · page ${bank.page} of ${bank.pages}`}
      </p>
      {bank.rows.length > 0 ? <BulkAddForm key={`${bank.page}-${bank.rows.map((r) => r.id).join()}`} rows={bank.rows} sets={sets} /> : null}
      {bank.pages > 1 ? (
        <nav aria-label="Pages of questions" className="mt-4 flex flex-wrap gap-4 text-sm">
          {bank.page > 1 ? (
            <Link href={href(bank.page - 1)} className="inline-flex min-h-10 items-center text-accent underline">
              Previous page
            </Link>
          ) : null}
          {bank.page < bank.pages ? (
            <Link href={href(bank.page + 1)} className="inline-flex min-h-10 items-center text-accent underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
