import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/quiz/date-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getStudentWork } from "@/lib/data/teacher-review";
import { scorePolicyLabels } from "@/lib/domain/score-policy";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Student's work" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

const round = (n: number) => Math.round(n * 100) / 100;

export default async function StudentWorkPage({ params }: Props) {
  const { classId, studentId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/classes/${classId}/students/${studentId}`);
  const work = await orNotFound(getStudentWork(user, classId, studentId));

  return (
    <>
      <PageHeader title={work.student.name} lead={`${work.student.email} · ${work.class.name}`}>
        <p className="mt-4 text-sm">
          <Link href={`/teach/classes/${classId}/gradebook`} className="text-accent underline">
            Back to the gradebook
          </Link>
        </p>
      </PageHeader>
      {work.assignments.length === 0 ? <p className="text-muted">This class has no assignments yet.</p> : null}
      <div className="flex flex-col gap-6">
        {work.assignments.map((assignment) => {
          const headingId = `assignment-${assignment.id}-heading`;
          return (
            <Card as="section" key={assignment.id} className="flex scroll-mt-6 flex-col gap-3">
              <div id={`assignment-${assignment.id}`} className="flex flex-col gap-1">
                <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                  {assignment.title}
                  {assignment.archived ? <Badge>archived</Badge> : null}
                </h2>
                <p className="text-sm text-muted">
                  Due <DateTime date={assignment.dueAt} withTime withZone />
                  {assignment.extendedDueAt ? (
                    <>
                      {" "}
                      (extended to <DateTime date={assignment.extendedDueAt} withTime withZone />)
                    </>
                  ) : null}{" "}
                  · {scorePolicyLabels[assignment.scorePolicy]}
                </p>
              </div>
              {assignment.attempts.length === 0 ? (
                <p className="text-sm text-muted">No attempt yet.</p>
              ) : (
                <ScrollRegion label={`Attempts at ${assignment.title}`}>
                  <table aria-labelledby={headingId} className="w-full text-left text-sm">
                    <thead className="border-b border-line text-muted">
                      <tr>
                        <th scope="col" className="py-2 pr-4 font-medium">
                          Attempt
                        </th>
                        <th scope="col" className="py-2 pr-4 font-medium">
                          Started
                        </th>
                        <th scope="col" className="py-2 pr-4 font-medium">
                          Submitted
                        </th>
                        <th scope="col" className="py-2 pr-4 font-medium">
                          Score
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {assignment.attempts.map((attempt) => (
                        <tr key={attempt.id} className="border-b border-line last:border-0">
                          <th scope="row" className="py-2 pr-4 font-normal">
                            <Link href={`/teach/attempts/${attempt.id}`} className="font-medium text-accent underline">
                              Attempt {attempt.number}
                            </Link>
                          </th>
                          <td className="py-2 pr-4">
                            <DateTime date={attempt.startedAt} withTime />
                          </td>
                          <td className="py-2 pr-4">
                            {attempt.submittedAt ? <DateTime date={attempt.submittedAt} withTime /> : <span className="text-amber-800 dark:text-amber-300">in progress</span>}
                          </td>
                          <td className="py-2 pr-4">
                            {attempt.score !== null && attempt.maxScore ? (
                              <>
                                <span className="block font-semibold">{Math.round((attempt.score / attempt.maxScore) * 100)}%</span>
                                <span className="block whitespace-nowrap text-muted">
                                  ({round(attempt.score)} of {round(attempt.maxScore)})
                                </span>
                              </>
                            ) : (
                              <span className="text-muted">–</span>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
            </Card>
          );
        })}
      </div>
    </>
  );
}
