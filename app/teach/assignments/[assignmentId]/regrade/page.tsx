import type { Metadata } from "next";
import Link from "next/link";
import { RegradeForm } from "@/components/teach/regrade-form";
import { RegradeQuestion } from "@/components/teach/regrade-question";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { previewRegrade } from "@/lib/data/regrade";
import { pointsText } from "@/lib/domain/regrade";
import { RegradeDoneSchema } from "@/lib/validation/regrade";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Regrade" };

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function RegradePage({ params, searchParams }: Props) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const done = RegradeDoneSchema.safeParse(query);
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/assignments/${assignmentId}/regrade`);
  const preview = await orNotFound(previewRegrade(user, assignmentId));
  const { assignment, questions, totals, skipped } = preview;
  const changedScores = questions.reduce((n, q) => n + q.changed, 0);
  const changedTotals = totals.filter((t) => t.before !== t.after || t.maxBefore !== t.maxAfter);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Regrade: ${assignment.title}`} lead="When a question of this assignment has been corrected, rescore the answers given to it with the corrected key.">
        <p className="mt-3 text-sm">
          <Link href={`/teach/assignments/${assignment.id}`} className="text-accent underline">
            Back to the assignment
          </Link>
        </p>
      </PageHeader>

      {done.success && done.data.regraded > 0 ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-card px-3 py-2 text-green-800 dark:text-green-300">
          Regraded {plural(done.data.regraded, "question")}: {plural(done.data.responses, "answer")} moved to the new version,{" "}
          {plural(done.data.changed, "score")} changed. Students see a note in their review.
        </p>
      ) : null}
      {questions.length === 0 ? (
        <Card as="section">
          <h2 className="text-xl font-semibold">Nothing to regrade</h2>
          <p className="mt-2 text-muted">Every question of this assignment is at its current version.</p>
        </Card>
      ) : (
        <>
          {questions.map((question) => (
            <RegradeQuestion key={question.position} question={question} />
          ))}
          <Card as="section" className="flex flex-col gap-3">
            <h2 id="totals-heading" className="text-xl font-semibold">
              Totals of submitted attempts
            </h2>
            {changedTotals.length === 0 ? (
              <p className="text-muted">No submitted attempt&apos;s total changes.</p>
            ) : (
              <div role="region" aria-labelledby="totals-heading" tabIndex={0} className="relative overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="border-b border-line text-muted">
                    <tr>
                      <th scope="col" className="px-2 py-1.5 font-medium">Student</th>
                      <th scope="col" className="px-2 py-1.5 font-medium">Attempt</th>
                      <th scope="col" className="px-2 py-1.5 font-medium">Now</th>
                      <th scope="col" className="px-2 py-1.5 font-medium">After</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {changedTotals.map((t) => (
                      <tr key={t.attemptId}>
                        <th scope="row" className="px-2 py-1.5 text-left font-medium">{t.studentName}</th>
                        <td className="px-2 py-1.5 tabular-nums">{t.attemptNumber}</td>
                        <td className="px-2 py-1.5 tabular-nums">
                          {t.before} / {pointsText(t.maxBefore)}
                        </td>
                        <td className="px-2 py-1.5 tabular-nums">
                          {t.after} / {pointsText(t.maxAfter)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
          <Card as="section" className="flex flex-col gap-3">
            <h2 className="text-xl font-semibold">Apply the regrade</h2>
            <p className="text-muted">
              Each answer moves to the corrected version; teachers&apos; own scores stand. Students see a note in their review. It is logged.
            </p>
            <RegradeForm
              assignmentId={assignment.id}
              summary={`${questions.length} question${questions.length === 1 ? "" : "s"}, ${changedScores} score${changedScores === 1 ? "" : "s"} change${changedScores === 1 ? "s" : ""}.`}
            />
          </Card>
        </>
      )}

      {skipped.length ? (
        <Card as="section">
          <h2 className="text-xl font-semibold">Not regraded automatically</h2>
          <ul className="mt-2 list-disc pl-5">
            {skipped.map((s) => (
              <li key={s.position}>
                Question {s.position + 1}
                {s.code ? ` (${s.code})` : ""}: {s.reason}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
