// Where evidence may point: spans in citable sentences only, never in a teaser; and every place
// a pasted quote occurs, each with its context and whether it may be cited.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEvidenceSpan, quoteOccurrences, trimSpan } from "@/lib/domain/evidence-quote";

// Three lines: a heading marked not citable, a body sentence pair, and a "read also" teaser.
const text = "Recovery is complicated\nNearly 600 returned. Over 19,000 taken, nearly 600 back.\nREAD ALSO: Nearly 600 children come home";
const sentences = [
  { index: 1, start: 0, end: 23, citable: false },
  { index: 2, start: 24, end: 44, citable: true },
  { index: 3, start: 45, end: 80, citable: true },
];
const teasers = [{ start: 81, end: text.length }];

describe("checkEvidenceSpan", () => {
  it("returns the exact words of a span in a citable sentence, trimmed of surrounding spaces", () => {
    const at = text.indexOf("Over 19,000");
    expect(checkEvidenceSpan(text, { start: at - 1, end: at + 11 }, sentences, teasers)).toEqual({ ok: true, span: { start: at, end: at + 11 }, quote: "Over 19,000" });
  });

  it("refuses a span touching a sentence marked as not citable", () => {
    const result = checkEvidenceSpan(text, { start: 0, end: 8 }, sentences, teasers);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("not citable") });
  });

  it("refuses a span in a read-also teaser", () => {
    const at = text.lastIndexOf("Nearly 600");
    expect(checkEvidenceSpan(text, { start: at, end: at + 10 }, sentences, teasers)).toMatchObject({ ok: false, message: expect.stringContaining("teaser") });
  });

  it("refuses spans outside the text, empty or reversed, or only spaces", () => {
    for (const span of [{ start: -1, end: 3 }, { start: 5, end: 5 }, { start: 9, end: 4 }, { start: 0, end: text.length + 1 }, { start: 1.5, end: 4 }]) {
      expect(checkEvidenceSpan(text, span, sentences, teasers).ok).toBe(false);
    }
    expect(checkEvidenceSpan(text, { start: 44, end: 45 }, sentences, teasers).ok).toBe(false);
  });

  it("never accepts a span that overlaps a non-citable sentence or a teaser (property)", () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const result = checkEvidenceSpan(text, { start: Math.min(a, b), end: Math.max(a, b) }, sentences, teasers);
        if (!result.ok) return;
        expect(result.quote).toBe(text.slice(result.span.start, result.span.end));
        expect(result.span.start).toBeGreaterThanOrEqual(24);
        expect(result.span.end).toBeLessThanOrEqual(80);
      }),
    );
  });
});

describe("trimSpan", () => {
  it("only ever narrows the span", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(20), fc.nat(20), (s, a, b) => {
        const span = { start: Math.min(a, b, s.length), end: Math.min(Math.max(a, b), s.length) };
        const trimmed = trimSpan(s, span);
        expect(trimmed.start).toBeGreaterThanOrEqual(span.start);
        expect(trimmed.end).toBeLessThanOrEqual(span.end);
        expect(s.slice(trimmed.start, trimmed.end)).toBe(s.slice(trimmed.start, trimmed.end).trim());
      }),
    );
  });
});

describe("quoteOccurrences", () => {
  it("lists each occurrence with its context and says which cannot be cited", () => {
    const found = quoteOccurrences(text, "nearly 600", sentences, teasers, 12);
    // Case-sensitive like findQuote: "Nearly 600" (capital N) is another quote.
    expect(found).toHaveLength(1);
    const all = quoteOccurrences(text, "600", sentences, teasers, 12);
    expect(all).toHaveLength(3);
    expect(all.map((o) => o.refusal === null)).toEqual([true, true, false]);
    expect(all[0]).toMatchObject({ match: "600", before: "…ated Nearly ", after: " returned. O…" });
  });

  it("finds a quote typed with straight quotes and a hyphen in a text with typographic ones", () => {
    const t = "She said “it’s not disputed—it’s official”.";
    const found = quoteOccurrences(t, `"it's not disputed-it's official"`, [{ index: 1, start: 0, end: t.length, citable: true }], []);
    expect(found).toHaveLength(1);
    expect(found[0].match).toBe("“it’s not disputed—it’s official”");
  });
});
