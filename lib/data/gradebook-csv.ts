import "server-only";
// The gradebook as CSV: one row per student (name, email, then each assignment's counted score
// as a percentage, blank when there is none), every student of the filter, not one page.
import { csvFileName } from "@/lib/domain/csv-safety";
import { toCsv, type CsvCell } from "@/lib/format/csv";
import type { Viewer } from "@/lib/identity/viewer";
import type { GradebookQuery } from "@/lib/validation/gradebook";
import { getGradebookExport } from "./gradebook";

const percent = (fraction: number | null): CsvCell => (fraction === null ? null : Math.round(fraction * 10_000) / 100);

export async function gradebookCsv(actor: Viewer | null, classId: string, query: GradebookQuery) {
  const book = await getGradebookExport(actor, classId, query);
  const header: CsvCell[] = ["Name", "Email", ...book.columns.map((c) => `${c.title} (%)`)];
  const rows = book.rows.map((row): CsvCell[] => [row.name, row.email, ...row.cells.map((cell) => percent(cell.fraction))]);
  return { fileName: csvFileName(book.class.name), body: toCsv([header, ...rows]) };
}
