import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { ResetLinkForm } from "@/components/admin/reset-link-form";
import { UserRolesForm } from "@/components/admin/user-roles-form";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listAudit, listUsers } from "@/lib/data/users";
import { UserSearchSchema } from "@/lib/validation/admin-users";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/users");
  const parsed = UserSearchSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data.q : undefined;
  const [users, audit] = await Promise.all([listUsers(admin, { query }), listAudit(admin, {}, 20)]);

  return (
    <>
      <PageHeader title="Users" lead="Change roles, disable or enable accounts. Every change ends that user's sessions and is logged." />
      <form role="search" method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="user-search" className="text-sm font-medium">
            Search by name or email
          </label>
          <input id="user-search" name="q" type="search" defaultValue={query} className="min-h-10 w-72 max-w-full rounded-md border border-line bg-card px-3 py-2" />
        </div>
        <Button variant="secondary">Search</Button>
      </form>

      <ul className="flex flex-col gap-3" aria-label="Users">
        {users.map((user) => (
          <Card as="li" key={user.id} className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-semibold">{user.name}</span>
              <span className="text-muted">{user.email}</span>
              {user.disabledAt ? <Badge>disabled</Badge> : null}
              {user.id === admin.id ? <Badge tone="accent">you</Badge> : null}
            </div>
            <UserRolesForm userId={user.id} email={user.email} roles={user.roles} />
            <UserStatusForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} />
            <ResetLinkForm userId={user.id} email={user.email} />
          </Card>
        ))}
      </ul>
      {users.length === 0 ? <p className="text-muted">No user matches “{query}”.</p> : null}

      <section aria-labelledby="audit-heading" className="mt-10">
        <h2 id="audit-heading" className="mb-3 text-xl font-semibold">
          Recent changes
        </h2>
        {audit.entries.length === 0 ? <p className="text-muted">No changes yet.</p> : <AuditList entries={audit.entries} />}
        <p className="mt-3 text-sm">
          <Link href="/admin/audit" className="text-accent underline">
            The whole log, with filters
          </Link>
        </p>
      </section>
    </>
  );
}
