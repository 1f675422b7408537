import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ImportPlan, PlannedRow } from "@/lib/domain/user-import-plan";

export type UserImportPreviewProps = { plan: ImportPlan };

const roleWords = { STUDENT: "student", TEACHER: "teacher", ADMIN: "admin" } as const;

function Outcome({ row }: { row: PlannedRow }) {
  if (row.outcome === "error") {
    return (
      <ul className="list-disc pl-4 text-red-800 dark:text-red-300">
        {row.errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <p className="font-medium">{row.outcome === "create" ? `New account${row.className ? `, joins ${row.className}` : ""}` : "Left as it is"}</p>
      {row.notes.map((n) => (
        <p key={n} className="text-muted">
          {n}
        </p>
      ))}
    </>
  );
}

/** Every row of an import and what confirming it would do, problems first in each row. */
export function UserImportPreview({ plan }: UserImportPreviewProps) {
  if (plan.fileErrors.length > 0) {
    return (
      <ul className="list-disc rounded-md border-l-4 border-red-700 bg-card py-2 pr-3 pl-8 text-sm text-red-800 dark:text-red-300">
        {plan.fileErrors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    );
  }
  return (
    <ScrollRegion label="Preview of the import" className="rounded-lg border border-line bg-card">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="px-3 py-2 text-left text-muted">
          {plan.creates} to create · {plan.skips} left as they are · {plan.errors} with problems
        </caption>
        <thead className="border-b border-line bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">Line</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Name</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Email</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Role</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Class code</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">What happens</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.line} className={`border-b border-line last:border-0 align-top ${row.outcome === "error" ? "bg-red-50 dark:bg-red-950" : ""}`}>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{row.line}</td>
              <td className="min-w-[8rem] px-3 py-2 break-words">{row.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">{row.email}</td>
              <td className="px-3 py-2 whitespace-nowrap">{roleWords[row.role]}</td>
              <td className="px-3 py-2 font-mono whitespace-nowrap">{row.classCode ?? ""}</td>
              <td className="min-w-[14rem] px-3 py-2">
                <Outcome row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
