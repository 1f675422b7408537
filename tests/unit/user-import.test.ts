import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUpload, detectDelimiter, parseUserImport, userImportLimits } from "@/lib/domain/user-import";
import { existingAccountNote, isImportable, planUserImport, type ImportClass } from "@/lib/domain/user-import-plan";

const none = { existingEmails: new Set<string>(), classes: new Map<string, ImportClass>() };
const header = "name,email,role,class code\n";

function only(text: string) {
  const parsed = parseUserImport(text);
  expect(parsed.fileErrors).toEqual([]);
  return parsed.rows;
}

describe("parseUserImport: the file", () => {
  it("reads a plain file, line numbers counted from the header", () => {
    const rows = only(`${header}Amira Haddad,Amira@School.example,student,alas-ka25\nDana Reyes,dana@school.example,Teacher,\n`);
    expect(rows.map((r) => [r.line, r.name, r.email, r.role, r.classCode, r.errors])).toEqual([
      [2, "Amira Haddad", "amira@school.example", "STUDENT", "ALASKA25", []],
      [3, "Dana Reyes", "dana@school.example", "TEACHER", null, []],
    ]);
  });

  it("takes header names in any case and order, a BOM, semicolons and CRLF line ends", () => {
    const rows = only("\uFEFFE-Mail;ROLE;Name;Class_Code\r\nben@school.example;admin;Okafor, Ben;\r\n");
    expect(rows).toMatchObject([{ name: "Okafor, Ben", email: "ben@school.example", role: "ADMIN", classCode: null }]);
    expect(detectDelimiter("name;email;role\nx,y;z")).toBe(";");
    expect(detectDelimiter("name,email,role")).toBe(",");
  });

  it("treats an empty role as student and skips blank lines", () => {
    const rows = only(`${header}\nAna,ana@school.example,,\n,,,\n`);
    expect(rows).toMatchObject([{ line: 3, role: "STUDENT" }]);
  });

  it("refuses a file without the columns it needs, or with one it does not know", () => {
    expect(parseUserImport("name,email\nA,a@b.example\n").fileErrors).toEqual([expect.stringMatching(/“role” is missing/)]);
    expect(parseUserImport("name,email,role,password\nA,a@b.example,student,x\n").fileErrors).toEqual([expect.stringMatching(/“password” is not one we know/)]);
    expect(parseUserImport("name,email,role,Email\n").fileErrors).toEqual([expect.stringMatching(/named twice/)]);
  });

  it("refuses an empty file, a header alone and broken quotes, with a sentence", () => {
    expect(parseUserImport("").fileErrors[0]).toMatch(/empty/);
    expect(parseUserImport(header).fileErrors[0]).toMatch(/no accounts/);
    expect(parseUserImport(`${header}"Ana,ana@school.example,student,\n`).fileErrors[0]).toMatch(/not valid CSV near line 2/);
  });

  it(`refuses more than ${userImportLimits.maxRows} rows, and more than the size limit`, () => {
    const row = (i: number) => `P${i},p${i}@school.example,student,\n`;
    const atLimit = header + Array.from({ length: userImportLimits.maxRows }, (_, i) => row(i)).join("");
    expect(parseUserImport(atLimit).rows).toHaveLength(userImportLimits.maxRows);
    expect(parseUserImport(atLimit + row(99999)).fileErrors[0]).toMatch(/2001 accounts; an import takes at most 2000/);
    expect(parseUserImport(header + "x".repeat(userImportLimits.maxBytes)).fileErrors[0]).toMatch(/larger than 256 KB/);
  });
});

describe("decodeUpload", () => {
  it("takes UTF-8 (with or without a BOM) and refuses other encodings and large files", () => {
    expect(decodeUpload(new TextEncoder().encode("Zoë"))).toEqual({ text: "Zoë" });
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: "A" });
    // "Zoë" in Latin-1: 0xEB alone is not UTF-8.
    expect(decodeUpload(new Uint8Array([0x5a, 0x6f, 0xeb]))).toEqual({ error: expect.stringMatching(/not UTF-8/) });
    expect(decodeUpload(new Uint8Array(userImportLimits.maxBytes + 1))).toEqual({ error: expect.stringMatching(/at most 256 KB/) });
  });
});

describe("parseUserImport: each row", () => {
  it("names each problem of a row", () => {
    const rows = only(
      header +
        [
          " ,empty@school.example,student,",
          "Bad Email,not-an-email,student,",
          "Bad Role,role@school.example,principal,",
          "Bad Code,code@school.example,student,!!",
          "Teacher With Class,twc@school.example,teacher,ALASKA25",
          `${"x".repeat(101)},long@school.example,student,`,
          "Too Many,many@school.example,student,,surprise",
          "No Email,,student,",
        ].join("\n"),
    );
    expect(rows.map((r) => r.errors)).toEqual([
      ["The name is empty."],
      ["“not-an-email” is not an email address."],
      ["“principal” is not a role: use student, teacher or admin."],
      ["“!!” is not a class join code."],
      ["Only students join a class: leave the class code empty for teachers and admins."],
      ["The name is longer than 100 characters."],
      ["The line has 5 cells but the first line names 4 columns."],
      ["The email is empty."],
    ]);
  });

  it("flags the second and later rows with the same email (after normalising it)", () => {
    const rows = only(`${header}A,a@school.example,student,\nB,b@school.example,student,\nA2, A@School.example ,student,\n`);
    expect(rows.map((r) => r.errors)).toEqual([[], [], ["The same email is on line 2: each account once."]]);
  });

  it("keeps a formula-looking name as text, with a note, and refuses control characters", () => {
    const rows = only(`${header}"=HYPERLINK(""http://evil.example"")",f@school.example,student,\n"A\u0007B",c@school.example,student,\n`);
    expect(rows[0]).toMatchObject({ name: '=HYPERLINK("http://evil.example")', errors: [], notes: [expect.stringMatching(/kept as text/)] });
    expect(rows[1].errors).toEqual(["Remove the invisible control characters."]);
  });
});

describe("planUserImport", () => {
  const classes = new Map<string, ImportClass>([
    ["ALASKA25", { id: "c1", name: "Current Events 101", archived: false }],
    ["OLDCLASS", { id: "c2", name: "Last year", archived: true }],
  ]);

  it("creates new accounts, leaves existing ones alone, and refuses unknown or archived classes", () => {
    const parsed = parseUserImport(
      `${header}New,new@school.example,student,ALASKA25\nOld,old@school.example,admin,\nGone,gone@school.example,student,OLDCLASS\nNowhere,nowhere@school.example,student,NOSUCH99\n`,
    );
    const plan = planUserImport(parsed, { existingEmails: new Set(["old@school.example"]), classes });
    expect(plan.rows.map((r) => [r.outcome, r.classId, r.errors, r.notes])).toEqual([
      ["create", "c1", [], []],
      ["skip", null, [], [existingAccountNote]],
      ["error", null, ["The class “Last year” (OLDCLASS) is archived: it cannot be joined."], []],
      ["error", null, ["No class has the join code “NOSUCH99”."], []],
    ]);
    expect([plan.creates, plan.skips, plan.errors]).toEqual([1, 1, 2]);
    expect(isImportable(plan)).toBe(false);
  });

  it("has nothing to import when every account exists", () => {
    const plan = planUserImport(parseUserImport(`${header}Old,old@school.example,student,\n`), { existingEmails: new Set(["old@school.example"]), classes });
    expect(isImportable(plan)).toBe(false);
  });
});

// Names with the characters that need quoting in CSV, accents, and formula starts.
const nameArb = fc
  .array(fc.constantFrom(..."abcdefgh ZoëÅß,;\"'=+-@.".split("")), { minLength: 1, maxLength: 30 })
  .map((cs) => cs.join(""))
  .filter((n) => n.trim() !== "");
const goodRow = (i: number, name: string, role: string) => ({ name, email: `person-${i}@school.example`, role, "class code": "" });
const goodRows = fc.array(fc.tuple(nameArb, fc.constantFrom("student", "teacher", "admin", "Student", "")), { minLength: 1, maxLength: 40 });
const badCell = fc.constantFrom<[string, string]>(["email", "not an email"], ["role", "principal"], ["name", "   "], ["class code", "??"], ["email", "person-0@school.example"]);

describe("properties", () => {
  it("any valid rows, written by a CSV library with either delimiter, read back as written (names normalised)", () => {
    fc.assert(
      fc.property(goodRows, fc.constantFrom(",", ";"), fc.boolean(), (rows, delimiter, bom) => {
        const records = rows.map(([name, role], i) => goodRow(i, name, role));
        const text = stringify(records, { header: true, delimiter, bom });
        const plan = planUserImport(parseUserImport(text), none);
        expect(plan.fileErrors).toEqual([]);
        expect(plan.rows.map((r) => r.name)).toEqual(records.map((r) => r.name.trim().replace(/\s+/g, " ")));
        expect(plan.rows.every((r) => r.outcome === "create")).toBe(true);
        expect(isImportable(plan)).toBe(true);
      }),
    );
  });

  it("one bad row anywhere makes the whole file not importable, and is the row flagged", () => {
    fc.assert(
      fc.property(goodRows, fc.nat(), badCell, (rows, at, [column, value]) => {
        const records = rows.map(([name, role], i) => goodRow(i, name, role));
        const index = at % records.length;
        // The duplicate case copies row 0's email, so it needs another row to collide with.
        fc.pre(!(value === "person-0@school.example" && index === 0));
        records[index] = { ...records[index], [column]: value };
        const plan = planUserImport(parseUserImport(stringify(records, { header: true })), none);
        expect(isImportable(plan)).toBe(false);
        expect(plan.rows.filter((r) => r.outcome === "error").map((r) => r.line)).toEqual([index + 2]);
      }),
    );
  });
});
