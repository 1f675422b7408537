import "server-only";
// The one module that writes CSV (csv-stringify), so that quoting, the BOM and formula
// neutralising are decided once. UTF-8 with a byte-order mark: spreadsheets then read accents
// right.
import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "@/lib/domain/csv-safety";

export type CsvCell = string | number | null;

export function toCsv(rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? "" : neutraliseCell(String(cell)))));
  return stringify(cells, { bom: true, record_delimiter: "windows" });
}
