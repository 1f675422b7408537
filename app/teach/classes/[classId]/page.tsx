import type { Metadata } from "next";
import Link from "next/link";
import { renameClass, setClassArchived } from "@/app/actions/classes";
import { ActionForm, ConfirmActionForm } from "@/components/classes/action-form";
import { ClassAssignments } from "@/components/classes/class-assignments";
import { CoTeachersSection } from "@/components/classes/co-teachers-section";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { RosterTable } from "@/components/classes/roster-table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getTaughtClass } from "@/lib/data/classes";
import { appOrigin } from "@/lib/http/app-origin";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "inline-flex min-h-10 items-center rounded-md border border-line bg-card px-4 py-2 text-sm font-medium hover:bg-paper";

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/classes/${classId}`);
  const klass = await orNotFound(getTaughtClass(user, classId));
  const created = (await searchParams).created === "1";
  const joinUrl = `${await appOrigin()}/join/${klass.joinCode}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/teach" className="text-accent underline">
          ← Your classes
        </Link>
      </p>
      <PageHeader title={klass.name} lead={`Taught by ${klass.teacher.name}`}>
        {klass.archivedAt ? (
          <p className="mt-3">
            <Badge>archived</Badge>
          </p>
        ) : null}
        {created ? (
          <p role="status" className="mt-4 rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-sm text-green-800 dark:text-green-300">
            Class created. Give your students the code below, or send them the link.
          </p>
        ) : null}
        <nav aria-label="This class" className="mt-5 flex flex-wrap gap-3">
          <Link href={`/teach/classes/${klass.id}/gradebook`} className={linkClass}>
            Gradebook
          </Link>
          <Link href={`/teach/assignments/new?classId=${klass.id}`} className={linkClass}>
            New assignment
          </Link>
        </nav>
      </PageHeader>

      <div className="flex flex-col gap-10">
        <JoinCodePanel classId={klass.id} code={klass.joinCode} joinUrl={joinUrl} archived={klass.archivedAt !== null} />

        <section aria-labelledby="roster-heading" className="flex flex-col gap-3">
          <h2 id="roster-heading" className="text-xl font-semibold">
            Students ({klass.students.length})
          </h2>
          <RosterTable classId={klass.id} students={klass.students} />
        </section>

        <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="assignments-heading" className="text-xl font-semibold">
              Assignments
            </h2>
            <Link href={`/teach/assignments/new?classId=${klass.id}`} className="text-sm text-accent underline">
              New assignment<span className="sr-only"> for {klass.name}</span>
            </Link>
          </div>
          <ClassAssignments assignments={klass.assignments} />
        </section>

        <CoTeachersSection klass={klass} />

        <Card as="section" className="flex flex-col gap-5">
          <h2 className="text-xl font-semibold">Settings</h2>
          <ActionForm
            action={renameClass}
            fields={{ classId: klass.id }}
            input={{ name: "name", label: "Class name", defaultValue: klass.name, maxLength: 100 }}
            submitLabel="Save name"
            variant="secondary"
          />
          {klass.canManage ? (
            klass.archivedAt ? (
              <ActionForm action={setClassArchived} fields={{ classId: klass.id, archived: "false" }} submitLabel="Restore class" variant="secondary" />
            ) : (
              <ConfirmActionForm
                action={setClassArchived}
                fields={{ classId: klass.id, archived: "true" }}
                summary="Archive class…"
                explanation="Students no longer see the class or its assignments, and no one can join it. Scores are kept, and you can restore it later."
                submitLabel="Archive class"
                variant="danger"
              />
            )
          ) : (
            <p className="text-sm text-muted">Only the class&apos;s teacher can archive it.</p>
          )}
        </Card>
      </div>
    </>
  );
}
