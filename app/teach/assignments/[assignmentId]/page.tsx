import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { timeLimitText } from "@/components/quiz/assignment-words";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { AssignmentLifecycle } from "@/components/teach/assignment-lifecycle";
import { ExtensionForm } from "@/components/teach/extension-form";
import { reviewPolicyOptions, scorePolicyOptions } from "@/components/teach/words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { knownTimeZone, viewerTimeZone } from "@/lib/auth/time-zone";
import { getAssignmentForTeacher } from "@/lib/data/teacher-assignments";
import { supportedTimeZones, utcToZoned } from "@/lib/domain/zoned-time";
import { formatDateTime } from "@/lib/format/time";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const labelOf = (options: { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function extensionText(extension: { dueAt: Date | null; extraSeconds: number; extraAttempts: number } | null, zone: string): string {
  if (!extension) return "No extension";
  const parts = [
    extension.dueAt ? `due ${formatDateTime(extension.dueAt, zone, { withZone: true })}` : null,
    extension.extraSeconds ? `+${Math.round(extension.extraSeconds / 60)} min per attempt` : null,
    extension.extraAttempts ? `+${plural(extension.extraAttempts, "attempt")}` : null,
  ].filter(Boolean);
  return parts.length ? `Extension: ${parts.join(" · ")}` : "No extension";
}

export default async function TeacherAssignmentPage({ params, searchParams }: Props) {
  const { assignmentId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/assignments/${assignmentId}`);
  const a = await orNotFound(getAssignmentForTeacher(user, assignmentId));
  const query = await searchParams;
  // ?tz= (the zone picker of the extensions, which works without JavaScript) overrides the cookie.
  const zone = knownTimeZone(typeof query.tz === "string" ? query.tz : null) ?? (await viewerTimeZone());
  const zones = supportedTimeZones(zone);
  const created = query.created === "1";
  const attemptCount = a.counts.inProgress + a.counts.submitted;
  const base = `/teach/assignments/${a.id}`;

  const facts: [string, ReactNode][] = [
    ["Class", <Link key="c" href={`/teach/classes/${a.classId}`} className="text-accent underline">{a.className}</Link>],
    ["Quiz set", <Link key="q" href={`/teach/quiz-sets/${a.quizSetId}`} className="text-accent underline">{`${a.quizSetTitle} (${plural(a.questionCount, "question")}, frozen)`}</Link>],
    ["Opens", formatDateTime(a.opensAt, zone, { withZone: true })],
    ["Due", formatDateTime(a.dueAt, zone, { withZone: true })],
    ["Time limit", timeLimitText(a.timeLimitSeconds)],
    ["Attempts allowed", a.maxAttempts === null ? "Unlimited" : String(a.maxAttempts)],
    ["Score that counts", labelOf(scorePolicyOptions, a.scorePolicy)],
    ["Students see the answers", labelOf(reviewPolicyOptions, a.reviewPolicy).toLowerCase()],
    ["Order", `${a.shuffleQuestions ? "questions shuffled" : "questions in order"}, ${a.shuffleOptions ? "options shuffled" : "options in order"}`],
    ["Attempts so far", `${a.counts.inProgress} in progress, ${a.counts.submitted} submitted`],
  ];

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/teach/classes/${a.classId}`} className="text-accent underline">
          ← {a.className}
        </Link>
      </p>
      <PageHeader title={a.title}>
        <p className="mt-3 flex flex-wrap gap-2">
          {a.archivedAt ? <Badge>archived: hidden from students</Badge> : <Badge tone="accent">active</Badge>}
        </p>
        {created ? (
          <p role="status" className="mt-3 rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-sm text-green-800 dark:text-green-300">
            Assignment created. Its students see it on their quizzes page.
          </p>
        ) : null}
      </PageHeader>

      <nav aria-label="This assignment" className="mb-8">
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <li><Link href={`${base}/live`} className="text-accent underline">Live view</Link></li>
          <li><Link href={`${base}/analysis`} className="text-accent underline">Item analysis</Link></li>
          <li><Link href={`${base}/regrade`} className="text-accent underline">Regrade</Link></li>
          <li><Link href={`/teach/classes/${a.classId}/gradebook`} className="text-accent underline">Gradebook</Link></li>
        </ul>
      </nav>

      <Card as="section" className="mb-10">
        <h2 className="sr-only">Summary</h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {facts.map(([term, detail]) => (
            <div key={term}>
              <dt className="text-sm text-muted">{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-muted">Times are shown in {zone}.</p>
      </Card>

      <section aria-labelledby="edit-heading" className="mb-10">
        <h2 id="edit-heading" className="mb-1 text-xl font-semibold">Change the settings</h2>
        <p className="mb-4 max-w-prose text-sm text-muted">
          The quiz set cannot change: make a new assignment for another set. A change never shortens an attempt in progress, and gives it the extra time when
          the due time or time limit grows.
        </p>
        <AssignmentForm
          mode="edit"
          assignmentId={a.id}
          attemptCount={attemptCount}
          zones={zones}
          initial={{
            title: a.title,
            opensAt: utcToZoned(a.opensAt, zone),
            dueAt: utcToZoned(a.dueAt, zone),
            timeZone: zone,
            maxAttempts: a.maxAttempts === null ? "" : String(a.maxAttempts),
            timeLimitMinutes: a.timeLimitSeconds === null ? "" : String(Math.round(a.timeLimitSeconds / 60)),
            scorePolicy: a.scorePolicy,
            reviewPolicy: a.reviewPolicy,
            shuffleQuestions: a.shuffleQuestions,
            shuffleOptions: a.shuffleOptions,
          }}
        />
      </section>

      <section aria-labelledby="extensions-heading" className="mb-10">
        <h2 id="extensions-heading" className="mb-1 text-xl font-semibold">Extensions</h2>
        <p className="mb-4 max-w-prose text-sm text-muted">
          For one student: a later due time, extra minutes on each attempt&apos;s time limit, extra attempts. Times are in {zone}. An attempt under way gets the
          extra time at once.
        </p>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <SelectField label="Times in this section are in" name="tz" defaultValue={zone} options={zones.map((z) => ({ value: z, label: z }))} />
          <Button variant="secondary">Change zone</Button>
        </form>
        {a.roster.length === 0 ? (
          <p className="text-muted">No student has joined the class yet.</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Students">
            {a.roster.map((student) => (
              <Card as="li" key={student.id} className="flex flex-col gap-3">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="font-semibold">{student.name}</span>
                  <span className="text-sm break-all text-muted">{student.email}</span>
                  <span className="text-sm">{extensionText(student.extension, zone)}</span>
                </div>
                <ExtensionForm
                  assignmentId={a.id}
                  student={{ id: student.id, name: student.name }}
                  timeZone={zone}
                  current={
                    student.extension
                      ? {
                          dueAt: student.extension.dueAt ? utcToZoned(student.extension.dueAt, zone) : "",
                          extraMinutes: String(Math.round(student.extension.extraSeconds / 60)),
                          extraAttempts: String(student.extension.extraAttempts),
                        }
                      : null
                  }
                />
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading" className="mb-3 text-xl font-semibold">Archive or delete</h2>
        <AssignmentLifecycle assignmentId={a.id} archived={a.archivedAt !== null} attemptCount={attemptCount} />
      </section>
    </>
  );
}
