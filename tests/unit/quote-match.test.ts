import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedSourceText } from "@/tests/helpers/seed-bundle";
import { findQuote, resolveQuote, type QuoteResolution } from "@/lib/domain/quote-match";

const article = seedSourceText("ukraine-children-letter");

function normalise(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const straighten = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');

const outcome = (r: QuoteResolution) => (r.ok ? r : r.reason);

const textArb = fc
  .array(fc.constantFrom("a", "b", "A", "-", "–", "—", "‘", "’", "“", "”", "'", '"', " ", "  ", "\n", "\t", "\u00A0"), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

describe("findQuote", () => {
  it("treats typographic and straight quotes, and all dashes, as equal", () => {
    expect(findQuote("He said “hi” – then left", '"hi" - then')).toEqual([{ start: 8, end: 19 }]);
    expect(findQuote("it’s fine", "it's")).toEqual([{ start: 0, end: 4 }]);
    expect(findQuote("a\u2212b and a—b", "a-b")).toHaveLength(2);
  });

  it("folds whitespace runs and returns offsets into the original text", () => {
    const text = "one   two\n\tthree";
    const [span] = findQuote(text, "two three");
    expect(text.slice(span.start, span.end)).toBe("two\n\tthree");
    expect(findQuote(text, "  one two  ")).toEqual([{ start: 0, end: 9 }]);
  });

  it("is case-sensitive", () => {
    expect(findQuote("Nearly 600", "nearly 600")).toEqual([]);
  });

  it("finds any substring with non-blank ends at its own offsets", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const i = a % text.length;
        const j = i + 1 + (b % (text.length - i));
        const quote = text.slice(i, j);
        fc.pre(/^\S/.test(quote) && /\S$/.test(quote));
        const spans = findQuote(text, quote);
        expect(spans).toContainEqual({ start: i, end: j });
        if (spans.length === 1) expect(spans[0]).toEqual({ start: i, end: j });
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same result when the quote's typographic quotes are straightened", () => {
    fc.assert(
      fc.property(textArb, textArb, (text, quote) => {
        expect(findQuote(text, straighten(quote))).toEqual(findQuote(text, quote));
        expect(outcome(resolveQuote(text, straighten(quote)))).toEqual(outcome(resolveQuote(text, quote)));
      }),
      { numRuns: 300 },
    );
  });

  it("returns spans within the text whose folded slice equals the folded quote", () => {
    fc.assert(
      fc.property(textArb, textArb, (text, quote) => {
        for (const { start, end } of findQuote(text, quote)) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(normalise(text.slice(start, end))).toBe(normalise(quote));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("resolveQuote", () => {
  it("refuses an empty or blank quote", () => {
    expect(resolveQuote("text", "")).toMatchObject({ ok: false, reason: "empty" });
    expect(resolveQuote("text", " \n\t")).toMatchObject({ ok: false, reason: "empty" });
  });

  it("reports a missing quote", () => {
    expect(resolveQuote(article, "Nearly 700 returned")).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("resolves a straight-quoted quote across the article's missing space after ”", () => {
    const quote = 'Trump indicated he would hold off on the "serious consequences"he previously';
    const result = resolveQuote(article, quote);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(article.slice(result.span.start, result.span.end)).toBe(
      "Trump indicated he would hold off on the “serious consequences”he previously",
    );
  });

  it("resolves a unique quote and refuses an ambiguous one", () => {
    const unique = resolveQuote(article, "Nearly 600 returned");
    expect(unique).toEqual({ ok: true, span: { start: article.indexOf("Nearly 600 returned"), end: article.indexOf("Nearly 600 returned") + 19 } });
    expect(resolveQuote(article, "600")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("picks the occurrence closest to `near` when the quote is ambiguous", () => {
    const first = article.indexOf("600");
    const second = article.indexOf("600", first + 1);
    expect(resolveQuote(article, "600", 0)).toEqual({ ok: true, span: { start: first, end: first + 3 } });
    expect(resolveQuote(article, "600", second + 50)).toEqual({ ok: true, span: { start: second, end: second + 3 } });
  });

  it("always resolves to a single listed span when given `near`", () => {
    fc.assert(
      fc.property(textArb, textArb, fc.nat(60), (text, quote, near) => {
        const spans = findQuote(text, quote);
        const result = resolveQuote(text, quote, near);
        expect(result.ok).toBe(spans.length > 0);
        if (!result.ok) return;
        expect(spans).toContainEqual(result.span);
        const best = Math.min(...spans.map((s) => Math.abs(s.start - near)));
        expect(Math.abs(result.span.start - near)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});
