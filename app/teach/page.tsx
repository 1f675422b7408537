import type { Metadata } from "next";
import Link from "next/link";
import { createClass } from "@/app/actions/classes";
import { ActionForm } from "@/components/classes/action-form";
import { ClassList } from "@/components/classes/class-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listTaughtClasses } from "@/lib/data/classes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const user = await requireRole(["TEACHER", "ADMIN"], "/teach");
  const classes = await listTaughtClasses(user);
  const active = classes.filter((c) => c.archivedAt === null);
  const archived = classes.filter((c) => c.archivedAt !== null);

  return (
    <>
      <PageHeader title="Teach" lead="Your classes: their join codes, students, co-teachers and assignments.">
        <p className="mt-4">
          <Link href="/teach/quiz-sets" className="font-medium text-accent underline">
            Quiz sets
          </Link>
          <span className="text-muted"> — build your own sets from the question bank.</span>
        </p>
      </PageHeader>

      <section aria-labelledby="classes-heading" className="mb-10">
        <h2 id="classes-heading" className="mb-4 text-xl font-semibold">
          Your classes
        </h2>
        {active.length === 0 ? <p className="text-muted">No classes yet. Create one below; your students join it with its code.</p> : <ClassList classes={active} />}
        {archived.length > 0 ? (
          <details className="mt-6">
            <summary className="cursor-pointer text-sm font-medium">Archived classes ({archived.length})</summary>
            <div className="mt-3">
              <ClassList classes={archived} />
            </div>
          </details>
        ) : null}
      </section>

      <Card as="section" className="max-w-xl">
        <h2 className="mb-3 text-xl font-semibold">Create a class</h2>
        <ActionForm action={createClass} input={{ name: "name", label: "Class name", hint: "Students see it, e.g. “Year 10 Current Events”.", maxLength: 100 }} submitLabel="Create class" />
      </Card>
    </>
  );
}
