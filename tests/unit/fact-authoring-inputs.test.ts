// The fact forms' "as of" (its form is its precision) and the reader's words (which must map
// back to exact offsets in the source's text).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenise } from "@/components/authoring/source-reader-tokens";
import { asOfText, parseAsOf } from "@/lib/validation/fact-authoring";

describe("parseAsOf", () => {
  it("reads a year, a month or a day, with the matching precision", () => {
    expect(parseAsOf("2025")).toEqual({ asOf: new Date("2025-01-01T00:00:00Z"), asOfPrecision: "YEAR" });
    expect(parseAsOf("2025-08")).toEqual({ asOf: new Date("2025-08-01T00:00:00Z"), asOfPrecision: "MONTH" });
    expect(parseAsOf(" 2025-08-15 ")).toEqual({ asOf: new Date("2025-08-15T00:00:00Z"), asOfPrecision: "DAY" });
    expect(parseAsOf("")).toEqual({ asOf: null, asOfPrecision: null });
  });

  it("refuses dates that do not exist and other forms", () => {
    for (const text of ["2025-02-30", "2025-13", "2025-00", "25-08", "August 2025", "2025/08/15", "2025-8"]) expect(parseAsOf(text), text).toBeNull();
  });

  it("round-trips through the text the form shows (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), fc.constantFrom("YEAR", "MONTH", "DAY"), (date, precision) => {
        const text = asOfText(date, precision);
        const parsed = parseAsOf(text)!;
        expect(parsed.asOfPrecision).toBe(precision);
        expect(asOfText(parsed.asOf, parsed.asOfPrecision)).toBe(text);
      }),
    );
  });
});

describe("tokenise", () => {
  it("cuts a sentence into words and spaces whose offsets give back the exact text (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (before, sentence, after) => {
        const text = before + sentence + after;
        const span = { start: before.length, end: before.length + sentence.length };
        const tokens = tokenise(text, span);
        expect(tokens.map((t) => t.text).join("")).toBe(sentence);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(tokens.filter((t) => t.word).every((t) => !/\s/.test(t.text))).toBe(true);
      }),
    );
  });
});
