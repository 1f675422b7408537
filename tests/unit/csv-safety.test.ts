import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvFileName, neutraliseCell } from "@/lib/domain/csv-safety";
import { containsPattern } from "@/lib/domain/like-pattern";

const dangerous = ["=", "+", "-", "@", "\t", "\r"];

describe("neutraliseCell", () => {
  it("prefixes a quote to cells a spreadsheet would run as a formula", () => {
    expect(neutraliseCell("=1+1")).toBe("'=1+1");
    expect(neutraliseCell('=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
    expect(neutraliseCell("+33 6 12")).toBe("'+33 6 12");
    expect(neutraliseCell("-2")).toBe("'-2");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("\t=1")).toBe("'\t=1");
    expect(neutraliseCell("\r=1")).toBe("'\r=1");
  });

  it("leaves everything else alone", () => {
    for (const value of ["", "Ana", "90.5", " =1", "'=1", "a=b", "Zoë"]) expect(neutraliseCell(value)).toBe(value);
  });

  it("never returns a cell that starts a formula, and only ever adds one quote in front", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...dangerous), fc.string()).map(([a, b]) => a + b)), (value) => {
        const out = neutraliseCell(value);
        expect(dangerous.includes(out[0] ?? "")).toBe(false);
        expect(out === value || out === `'${value}`).toBe(true);
        expect(out !== value).toBe(dangerous.includes(value[0] ?? ""));
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(neutraliseCell(neutraliseCell(value))).toBe(neutraliseCell(value));
      }),
    );
  });
});

describe("csvFileName", () => {
  it("keeps letters and digits, folds accents, and never ends up empty", () => {
    expect(csvFileName("Current Events 101")).toBe("current-events-101-grades.csv");
    expect(csvFileName('Période 3 / "Évian"')).toBe("periode-3-evian-grades.csv");
    expect(csvFileName("../../etc/passwd\r\nX-Header: 1")).toBe("etc-passwd-x-header-1-grades.csv");
    expect(csvFileName("日本語")).toBe("class-grades.csv");
  });

  it("is always a safe header value", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(csvFileName(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-grades\.csv$/);
      }),
    );
  });
});

describe("containsPattern", () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(containsPattern("back\\slash")).toBe("%back\\\\slash%");
    expect(containsPattern("plain")).toBe("%plain%");
  });
});
