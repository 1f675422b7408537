import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { statusLabels } from "@/components/authoring/bank/bank-filters";
import { CreateSetForm } from "@/components/authoring/sets/create-set-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listAdminSets } from "@/lib/data/set-authoring";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz sets" };

export default async function AdminSetsPage() {
  const admin = await requireRole(["ADMIN"], "/admin/sets");
  const sets = await listAdminSets(admin);
  return (
    <>
      <PageHeader title="Quiz sets" lead="The sets students practise and teachers assign. Teachers' own sets are theirs and are not listed here." />
      <AuthoringNav current="/admin/sets" />
      <section aria-labelledby="sets-heading" className="mb-10">
        <h2 id="sets-heading" className="mb-3 text-xl font-semibold">
          Sets ({sets.length})
        </h2>
        {sets.length === 0 ? (
          <p className="text-muted">No set yet: create one below.</p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label="Quiz sets">
            {sets.map((set) => (
              <li key={set.id} className="flex flex-col gap-1 rounded-lg border border-line bg-card p-3 sm:flex-row sm:items-center sm:justify-between">
                <Link href={`/admin/sets/${set.id}`} className="font-semibold break-words text-accent underline">
                  {set.title}
                </Link>
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  <Badge tone={set.status === "PUBLISHED" ? "accent" : "neutral"}>{statusLabels[set.status]}</Badge>
                  {set.isPublic ? <Badge tone="accent">Public practice</Badge> : null}
                  <span>
                    {set.questionCount} {set.questionCount === 1 ? "question" : "questions"}
                  </span>
                  {set.assignmentCount ? <span>· {set.assignmentCount} {set.assignmentCount === 1 ? "assignment" : "assignments"}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading" className="mb-3 text-xl font-semibold">
          Create a set
        </h2>
        <CreateSetForm />
      </section>
    </>
  );
}
