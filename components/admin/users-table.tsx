import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/quiz/date-time";
import { formatDate } from "@/lib/format/dates";
import type { Role } from "@/lib/identity/viewer";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type UserRow = { id: string; email: string; name: string; roles: Role[]; disabledAt: Date | null; lastSignInAt: Date | null; createdAt: Date };
export type UserSort = "name" | "email" | "created" | "last-sign-in";

export type UsersTableProps = {
  users: UserRow[];
  sort: UserSort;
  direction: "asc" | "desc";
  /** The page's URL for a sort (keeps the filters). */
  sortHref: (sort: UserSort, direction: "asc" | "desc") => string;
};

const columns: { sort: UserSort; label: string }[] = [
  { sort: "name", label: "Name" },
  { sort: "email", label: "Email" },
  { sort: "last-sign-in", label: "Last sign-in" },
  { sort: "created", label: "Created" },
];

/** Users as a table; the column headers sort it (links, so it works without JavaScript). */
export function UsersTable({ users, sort, direction, sortHref }: UsersTableProps) {
  const header = (column: (typeof columns)[number]) => {
    const active = column.sort === sort;
    const next = active && direction === "asc" ? "desc" : "asc";
    return (
      <th key={column.sort} scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left font-medium">
        <Link href={sortHref(column.sort, next)} className="inline-flex min-h-6 items-center gap-1 hover:underline">
          {column.label}
          <span aria-hidden="true" className="text-muted">
            {active ? (direction === "asc" ? "▲" : "▼") : ""}
          </span>
          <span className="sr-only">{active ? `, sorted ${direction === "asc" ? "ascending" : "descending"}; sort ${next === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
        </Link>
      </th>
    );
  };
  return (
    <ScrollRegion label="Users" className="rounded-lg border border-line bg-card">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="border-b border-line bg-paper">
          <tr>
            {header(columns[0])}
            {header(columns[1])}
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Roles
            </th>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Status
            </th>
            {header(columns[2])}
            {header(columns[3])}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/admin/users/${user.id}`} className="inline-flex min-h-6 items-center text-accent underline">
                  {user.name}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{user.email}</td>
              <td className="px-3 py-2">{user.roles.map((r) => r.toLowerCase()).join(", ")}</td>
              <td className="px-3 py-2">{user.disabledAt ? <Badge>disabled</Badge> : "active"}</td>
              <td className="px-3 py-2 whitespace-nowrap text-muted">{user.lastSignInAt ? <DateTime date={user.lastSignInAt} withTime /> : "never"}</td>
              <td className="px-3 py-2 whitespace-nowrap text-muted">{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
