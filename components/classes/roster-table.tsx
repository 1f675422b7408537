import { removeStudentFromClass } from "@/app/actions/classes";
import { DateTime } from "@/components/quiz/date-time";
import type { TaughtClass } from "@/lib/data/classes";
import { ConfirmActionForm } from "./action-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type RosterTableProps = { classId: string; students: TaughtClass["students"] };

/** Who is in the class, with a two-step remove (their attempts are kept). */
export function RosterTable({ classId, students }: RosterTableProps) {
  if (students.length === 0) return <p className="text-muted">No students yet. Share the join code or the link.</p>;
  return (
    <ScrollRegion label="Students in the class">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Students in the class</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4 font-medium">
              Name
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
              Email
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Joined
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 wrap-anywhere">
                {s.name}
                <span className="block text-muted sm:hidden">{s.email}</span>
              </td>
              <td className="hidden py-2 pr-4 break-all sm:table-cell">{s.email}</td>
              <td className="py-2 pr-4 sm:whitespace-nowrap">
                <DateTime date={s.joinedAt} />
              </td>
              <td className="py-2">
                <ConfirmActionForm
                  action={removeStudentFromClass}
                  fields={{ classId, studentId: s.id }}
                  summary="Remove…"
                  summaryName={`Remove ${s.name}…`}
                  explanation={`${s.name} leaves the class and stops seeing its assignments. Their attempts and scores are kept.`}
                  submitLabel={`Remove ${s.name}`}
                  variant="danger"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
