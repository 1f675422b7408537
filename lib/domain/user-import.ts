// Bulk accounts from a CSV file (admin): the file's rules, with no database. What a row means
// for accounts and classes that already exist is decided by planUserImport (user-import-plan.ts)
// once lib/data has looked them up.
import { parse } from "csv-parse/sync";
import { hasControlCharacters } from "./control-characters";
import { isPlausibleJoinCode, normaliseJoinCode } from "./join-code";
import { EmailSchema } from "@/lib/identity/email";
import type { Role } from "@/lib/identity/viewer";

export const userImportLimits = { maxRows: 2000, maxBytes: 256 * 1024, maxNameLength: 100 };

export type ImportRow = {
  /** The line of the file the row ends on (the header is line 1). */
  line: number;
  name: string;
  email: string;
  role: Role;
  /** Normalised join code, or null when the cell is empty. */
  classCode: string | null;
  errors: string[];
  notes: string[];
};

export type ParsedImport = { rows: ImportRow[]; fileErrors: string[] };

type Column = "name" | "email" | "role" | "classCode";

/** Header names, compared lower-case with spaces, dashes and underscores removed. */
const headerNames: Record<string, Column> = {
  name: "name",
  fullname: "name",
  email: "email",
  emailaddress: "email",
  role: "role",
  class: "classCode",
  classcode: "classCode",
  joincode: "classCode",
  classjoincode: "classCode",
};
const roleNames: Record<string, Role> = { student: "STUDENT", teacher: "TEACHER", admin: "ADMIN" };
const formulaStart = /^[=+\-@]/;

/** The upload's bytes as text: UTF-8 only (a BOM is fine), within the size limit. */
export function decodeUpload(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.byteLength > userImportLimits.maxBytes) {
    return { error: `The file is ${Math.ceil(bytes.byteLength / 1024)} KB; an import takes at most ${userImportLimits.maxBytes / 1024} KB. Split it into smaller files.` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { error: "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and upload it again." };
  }
}

/** Comma or semicolon, whichever the header line uses more (a spreadsheet in a comma-decimal locale writes semicolons). */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function normaliseName(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ");
}

function readRow(cells: Record<Column, string>, line: number): ImportRow {
  const errors: string[] = [];
  const notes: string[] = [];
  const name = normaliseName(cells.name);
  if (name === "") errors.push("The name is empty.");
  else if (name.length > userImportLimits.maxNameLength) errors.push(`The name is longer than ${userImportLimits.maxNameLength} characters.`);
  if (hasControlCharacters(cells.name) || hasControlCharacters(cells.email)) errors.push("Remove the invisible control characters.");
  // Kept exactly as written: it is a name, never run. Our own CSV downloads neutralise such cells.
  if (formulaStart.test(name)) notes.push(`The name starts with “${name[0]}”: kept as text, never run as a formula.`);

  const parsedEmail = EmailSchema.safeParse(cells.email);
  const email = parsedEmail.success ? parsedEmail.data : cells.email.trim();
  if (cells.email.trim() === "") errors.push("The email is empty.");
  else if (!parsedEmail.success) errors.push(`“${email}” is not an email address.`);

  const roleText = cells.role.trim().toLowerCase();
  const role = roleText === "" ? "STUDENT" : roleNames[roleText];
  if (!role) errors.push(`“${cells.role.trim()}” is not a role: use student, teacher or admin.`);

  const code = normaliseJoinCode(cells.classCode);
  const classCode = code === "" ? null : code;
  if (classCode && !isPlausibleJoinCode(classCode)) errors.push(`“${cells.classCode.trim()}” is not a class join code.`);
  else if (classCode && role && role !== "STUDENT") errors.push("Only students join a class: leave the class code empty for teachers and admins.");

  return { line, name, email, role: role ?? "STUDENT", classCode, errors, notes };
}

function headerError(header: string[]): { columns: (Column | null)[]; errors: string[] } {
  const errors: string[] = [];
  const columns = header.map((cell) => headerNames[cell.trim().toLowerCase().replace(/[\s_-]+/g, "")] ?? null);
  header.forEach((cell, i) => {
    if (columns[i] === null && cell.trim() !== "") errors.push(`The column “${cell.trim()}” is not one we know: use name, email, role and class code.`);
  });
  for (const required of ["name", "email", "role"] as const) {
    if (!columns.includes(required)) errors.push(`The first line must name the columns, and “${required}” is missing.`);
  }
  const seen = columns.filter((c): c is Column => c !== null);
  if (new Set(seen).size !== seen.length) errors.push("A column is named twice on the first line.");
  return { columns, errors };
}

/** The CSV text as rows, each with its own errors and notes; file-wide problems apart. */
export function parseUserImport(input: string): ParsedImport {
  const text = input.replace(/^\uFEFF/, "");
  if (new TextEncoder().encode(text).byteLength > userImportLimits.maxBytes) {
    return { rows: [], fileErrors: [`The text is larger than ${userImportLimits.maxBytes / 1024} KB; split it into smaller imports.`] };
  }
  if (text.trim() === "") return { rows: [], fileErrors: ["The file is empty: it needs a first line naming the columns, then one line per account."] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes as { record, info } (the typings do not say so).
    records = parse(text, { delimiter: detectDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], fileErrors: [`The file is not valid CSV${line ? ` near line ${line}` : ""}: check its quotes (a cell that holds a comma or a line break must be in double quotes).`] };
  }
  const [header, ...body] = records;
  const { columns, errors: fileErrors } = headerError(header.record);
  if (fileErrors.length > 0) return { rows: [], fileErrors };
  if (body.length === 0) return { rows: [], fileErrors: ["The file has the column names but no accounts."] };
  if (body.length > userImportLimits.maxRows) {
    return { rows: [], fileErrors: [`The file has ${body.length} accounts; an import takes at most ${userImportLimits.maxRows}. Split it into smaller files.`] };
  }

  const firstLine = new Map<string, number>();
  const rows = body.map(({ record, info }) => {
    const cells: Record<Column, string> = { name: "", email: "", role: "", classCode: "" };
    columns.forEach((column, i) => {
      if (column) cells[column] = record[i] ?? "";
    });
    const row = readRow(cells, info.lines);
    if (record.length > columns.length && record.slice(columns.length).some((c) => c.trim() !== "")) {
      row.errors.push(`The line has ${record.length} cells but the first line names ${columns.length} columns.`);
    }
    const earlier = firstLine.get(row.email);
    if (earlier !== undefined) row.errors.push(`The same email is on line ${earlier}: each account once.`);
    else if (row.email !== "") firstLine.set(row.email, row.line);
    return row;
  });
  return { rows, fileErrors: [] };
}

/** A sample file for the page's download: the accepted header and one row of each kind. */
export const sampleUserImport = "name,email,role,class code\nAmira Haddad,amira.haddad@school.example,student,ALASKA25\nBen Okafor,ben.okafor@school.example,student,\nDana Reyes,dana.reyes@school.example,teacher,\n";
