import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listAudit, type AuditFilter } from "@/lib/data/users";
import { AuditFilterSchema } from "@/lib/validation/admin-users";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/audit");
  const parsed = AuditFilterSchema.safeParse(await searchParams);
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const log = await listAudit(admin, filter);
  const pageHref = (page: number) => `/admin/audit?${new URLSearchParams({ ...(filter.entityType ? { entity: filter.entityType } : {}), ...(filter.action ? { action: filter.action } : {}), page: String(page) })}`;

  return (
    <>
      <PageHeader title="Audit log" lead="Every change that matters: who did it, to what, what it was before and after, and when." />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label="Filter the log">
        <div className="flex max-w-full min-w-0 flex-col gap-1">
          <label htmlFor="audit-entity" className="text-sm font-medium">
            Kind of thing
          </label>
          <select id="audit-entity" name="entity" defaultValue={filter.entityType ?? ""} className="min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2">
            <option value="">All</option>
            {log.entityTypes.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </div>
        <div className="flex max-w-full min-w-0 flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-medium">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2">
            <option value="">All</option>
            {log.actions.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </div>
        <Button variant="secondary">Filter</Button>
      </form>
      <p className="mb-3 text-sm text-muted" role="status">
        {log.total} {log.total === 1 ? "entry" : "entries"} · page {log.page} of {log.pages}
      </p>
      {log.entries.length === 0 ? <p className="text-muted">Nothing matches.</p> : <AuditList entries={log.entries} />}
      <nav aria-label="Pages of the log" className="mt-4 flex gap-4 text-sm">
        {log.page > 1 ? (
          <Link href={pageHref(log.page - 1)} className="text-accent underline">
            Newer
          </Link>
        ) : null}
        {log.page < log.pages ? (
          <Link href={pageHref(log.page + 1)} className="text-accent underline">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
