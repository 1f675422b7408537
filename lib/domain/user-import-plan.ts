// What an import will do to each row, once the accounts and classes it names are known. An
// existing account is left exactly as it is (no role, class or password change, no link): an
// import only ever adds people, so a wrong file cannot give someone admin rights or take a
// password away. Roles of existing accounts are changed on their own page.
import type { ImportRow, ParsedImport } from "./user-import";

export type ImportClass = { id: string; name: string; archived: boolean };

export type PlannedRow = ImportRow & {
  outcome: "create" | "skip" | "error";
  /** The class a new student joins. */
  classId: string | null;
  className: string | null;
};

export type ImportPlan = { rows: PlannedRow[]; fileErrors: string[]; creates: number; skips: number; errors: number };

export const existingAccountNote = "Already has an account: left as it is (no change, no link). Change roles on the user's page.";

export function planUserImport(parsed: ParsedImport, known: { existingEmails: ReadonlySet<string>; classes: ReadonlyMap<string, ImportClass> }): ImportPlan {
  const rows = parsed.rows.map((row): PlannedRow => {
    const errors = [...row.errors];
    const klass = row.classCode ? known.classes.get(row.classCode) : undefined;
    if (row.classCode && errors.length === 0) {
      if (!klass) errors.push(`No class has the join code “${row.classCode}”.`);
      else if (klass.archived) errors.push(`The class “${klass.name}” (${row.classCode}) is archived: it cannot be joined.`);
    }
    if (errors.length > 0) return { ...row, errors, outcome: "error", classId: null, className: null };
    if (known.existingEmails.has(row.email)) return { ...row, notes: [...row.notes, existingAccountNote], outcome: "skip", classId: null, className: null };
    return { ...row, outcome: "create", classId: klass?.id ?? null, className: klass?.name ?? null };
  });
  const count = (outcome: PlannedRow["outcome"]) => rows.filter((r) => r.outcome === outcome).length;
  return { rows, fileErrors: parsed.fileErrors, creates: count("create"), skips: count("skip"), errors: count("error") };
}

/** An import goes ahead only when the file and every row are fine, and it creates someone. */
export function isImportable(plan: ImportPlan): boolean {
  return plan.fileErrors.length === 0 && plan.errors === 0 && plan.creates > 0;
}
