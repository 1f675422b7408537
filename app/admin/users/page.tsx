import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable, type UserSort } from "@/components/admin/users-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listUsers, usersPageSize } from "@/lib/data/users";
import { UserListSchema } from "@/lib/validation/admin-users";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const selectClass = "min-h-10 rounded-md border border-line bg-card px-3 py-2";

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireRole(["ADMIN"], "/admin/users");
  const query = UserListSchema.parse(await searchParams);
  const sort: UserSort = query.sort ?? "name";
  const direction = query.dir ?? "asc";
  const list = await listUsers(admin, { query: query.q, role: query.role, status: query.status, sort, direction, page: query.page });
  const href = (changes: Record<string, string | undefined>) => {
    const params = { q: query.q, role: query.role, status: query.status, sort, dir: direction, page: String(list.page), ...changes };
    return `/admin/users?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]))}`;
  };
  const first = (list.page - 1) * usersPageSize + 1;

  return (
    <>
      <PageHeader title="Users" lead="Open a user to change roles, disable or enable the account, or make a password reset link. Every change is logged.">
        <p className="mt-2 text-sm">
          <Link href="/admin/users/import" className="inline-flex min-h-6 items-center text-accent underline">
            Import users from a CSV file
          </Link>
        </p>
      </PageHeader>
      <form role="search" method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="user-search" className="text-sm font-medium">
            Search by name or email
          </label>
          <input id="user-search" name="q" type="search" defaultValue={query.q} className="min-h-10 w-72 max-w-full rounded-md border border-line bg-card px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-role" className="text-sm font-medium">
            Role
          </label>
          <select id="user-role" name="role" defaultValue={query.role ?? ""} className={selectClass}>
            <option value="">Any</option>
            <option value="STUDENT">Student</option>
            <option value="TEACHER">Teacher</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-status" className="text-sm font-medium">
            Status
          </label>
          <select id="user-status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="disabled">Disabled</option>
          </select>
        </div>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={direction} />
        <Button variant="secondary">Search</Button>
      </form>
      <p role="status" className="mb-3 text-sm text-muted">
        {list.total === 0
          ? `No user matches${query.q ? ` “${query.q}”` : ""}.`
          : `${first}–${first + list.users.length - 1} of ${list.total} ${list.total === 1 ? "user" : "users"} · page ${list.page} of ${list.pages}`}
      </p>
      {list.users.length > 0 ? <UsersTable users={list.users} sort={sort} direction={direction} sortHref={(s, d) => href({ sort: s, dir: d, page: "1" })} /> : null}
      <nav aria-label="Pages of users" className="mt-4 flex flex-wrap gap-4 text-sm">
        {list.page > 1 ? (
          <Link href={href({ page: String(list.page - 1) })} className="inline-flex min-h-6 items-center text-accent underline">
            Previous page
          </Link>
        ) : null}
        {list.page < list.pages ? (
          <Link href={href({ page: String(list.page + 1) })} className="inline-flex min-h-6 items-center text-accent underline">
            Next page
          </Link>
        ) : null}
        <Link href="/admin/audit" className="inline-flex min-h-6 items-center text-accent underline">
          The audit log
        </Link>
      </nav>
    </>
  );
}
