import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { ResetLinkForm } from "@/components/admin/reset-link-form";
import { UserRolesForm } from "@/components/admin/user-roles-form";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getUserForAdmin, listAudit } from "@/lib/data/users";
import { DateTime } from "@/components/quiz/date-time";
import { formatDate } from "@/lib/format/dates";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ userId: string }> };

export default async function AdminUserPage({ params }: Props) {
  const { userId } = await params;
  const admin = await requireRole(["ADMIN"], `/admin/users/${encodeURIComponent(userId)}`);
  const user = await orNotFound(getUserForAdmin(admin, userId));
  const audit = await listAudit(admin, { entityType: "User", entityId: user.id }, 20);

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/users" className="text-accent underline">
          ← All users
        </Link>
      </p>
      <PageHeader title={user.name}>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
          <span className="break-all">{user.email}</span>
          {user.disabledAt ? <Badge>disabled</Badge> : null}
          {user.id === admin.id ? <Badge tone="accent">you</Badge> : null}
        </p>
        <p className="mt-1 text-sm text-muted">
          Created {formatDate(user.createdAt)} · last sign-in {user.lastSignInAt ? <DateTime date={user.lastSignInAt} withTime /> : "never"}
        </p>
      </PageHeader>
      <div className="grid gap-4">
        <Card as="section" className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Roles</h2>
          <UserRolesForm userId={user.id} email={user.email} roles={user.roles} />
        </Card>
        <Card as="section" className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Account</h2>
          <UserStatusForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} />
          <ResetLinkForm userId={user.id} email={user.email} />
        </Card>
      </div>
      <section aria-labelledby="audit-heading" className="mt-10">
        <h2 id="audit-heading" className="mb-3 text-xl font-semibold">
          Recent changes
        </h2>
        {audit.entries.length === 0 ? <p className="text-muted">No changes yet.</p> : <AuditList entries={audit.entries} />}
      </section>
    </>
  );
}
