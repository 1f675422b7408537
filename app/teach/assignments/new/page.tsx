import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/auth/time-zone";
import { assignmentChoices } from "@/lib/data/teacher-assignments";
import { supportedTimeZones, utcToZoned } from "@/lib/domain/zoned-time";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New assignment" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hour = 3_600_000;
/** The next whole hour: a new assignment opens then by default, and is due a week later. */
const nextHour = () => new Date(Math.ceil(Date.now() / hour) * hour);

export default async function NewAssignmentPage({ searchParams }: Props) {
  const query = await searchParams;
  const classId = typeof query.classId === "string" ? query.classId : undefined;
  const quizSetId = typeof query.quizSetId === "string" && isId(query.quizSetId) ? query.quizSetId : undefined;
  const returnTo = `/teach/assignments/new${classId ? `?classId=${encodeURIComponent(classId)}` : ""}`;
  const user = await requireRole(["TEACHER", "ADMIN"], returnTo);
  const choices = await assignmentChoices(user);
  // A class the caller does not teach is answered as if it did not exist.
  if (classId !== undefined && !(isId(classId) && choices.classes.some((c) => c.id === classId))) notFound();
  const zone = await viewerTimeZone();
  const set = choices.quizSets.find((s) => s.id === quizSetId);
  const opens = nextHour();

  return (
    <>
      {classId ? (
        <p className="mb-4 text-sm">
          <Link href={`/teach/classes/${classId}`} className="text-accent underline">
            ← {choices.classes.find((c) => c.id === classId)?.name}
          </Link>
        </p>
      ) : null}
      <PageHeader title="New assignment" lead="Give one of your classes a quiz set, with a window, attempts and a time limit." />
      {choices.classes.length === 0 ? (
        <p>
          You teach no class yet.{" "}
          <Link href="/teach" className="text-accent underline">
            Create a class first
          </Link>
          .
        </p>
      ) : choices.quizSets.length === 0 ? (
        <p>
          There is no quiz set to assign yet.{" "}
          <Link href="/teach/quiz-sets/new" className="text-accent underline">
            Build one from the bank
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mb-6 text-sm">
            Want your own selection of questions?{" "}
            <Link href="/teach/quiz-sets" className="text-accent underline">
              Build a quiz set from the bank
            </Link>
            .
          </p>
          <AssignmentForm
            mode="create"
            classes={choices.classes}
            quizSets={choices.quizSets}
            classId={classId}
            quizSetId={quizSetId}
            zones={supportedTimeZones(zone)}
            initial={{
              title: set?.title ?? "",
              opensAt: utcToZoned(opens, zone),
              dueAt: utcToZoned(new Date(opens.getTime() + 7 * 24 * hour), zone),
              timeZone: zone,
              maxAttempts: "1",
              timeLimitMinutes: "",
              scorePolicy: "BEST",
              reviewPolicy: "AFTER_DUE",
              shuffleQuestions: set?.shuffleQuestions ?? false,
              shuffleOptions: set?.shuffleOptions ?? true,
            }}
          />
        </>
      )}
    </>
  );
}
