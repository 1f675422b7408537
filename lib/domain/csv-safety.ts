// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
// formula: a student named "=HYPERLINK(…)" would otherwise run code in the teacher's sheet
// (OWASP "CSV injection"). Such a cell is prefixed with a single quote, which spreadsheets
// show as text and do not display.
const formulaStart = /^[=+\-@\t\r]/;

/** The cell as text that no spreadsheet runs as a formula. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** A download's file name from a class name: letters, digits and dashes only, never empty. */
export function csvFileName(className: string, suffix = "grades"): string {
  const base = className
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "class"}-${suffix}.csv`;
}
