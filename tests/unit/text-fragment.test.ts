import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "@/lib/domain/text-fragment";

const url = "https://example.org/news/story";
const fragmentOf = (link: string) => link.slice(link.indexOf("#:~:text=") + "#:~:text=".length);

describe("textFragmentUrl", () => {
  it("appends a short quote as one encoded term", () => {
    expect(textFragmentUrl(url, "Nearly 600 returned.")).toBe(`${url}#:~:text=Nearly%20600%20returned.`);
  });

  it("percent-encodes the directive's own punctuation", () => {
    const link = textFragmentUrl(url, "Elmendorf-Richardson, Alaska & more");
    expect(fragmentOf(link)).toBe("Elmendorf%2DRichardson%2C%20Alaska%20%26%20more");
  });

  it("replaces an existing hash", () => {
    expect(textFragmentUrl(`${url}#comments`, "Some can.")).toBe(`${url}#:~:text=Some%20can.`);
    expect(textFragmentUrl(`${url}?page=2#top`, "Some can.")).toBe(`${url}?page=2#:~:text=Some%20can.`);
  });

  it("collapses whitespace in the quote", () => {
    expect(textFragmentUrl(url, "  Some \n\t can.  ")).toBe(`${url}#:~:text=Some%20can.`);
  });

  it("returns the url unchanged for an empty or blank quote", () => {
    expect(textFragmentUrl(url, "")).toBe(url);
    expect(textFragmentUrl(`${url}#keep`, " \n ")).toBe(`${url}#keep`);
  });

  it("turns a long quote into its first and last four words", () => {
    const quote =
      "The deported children include those with and without parents, ranging from infants to 17 years old, many of whom have had their identities changed.";
    expect(textFragmentUrl(url, quote)).toBe(
      `${url}#:~:text=The%20deported%20children%20include,had%20their%20identities%20changed.`,
    );
  });

  it("keeps a long quote of fewer than eight words exact", () => {
    const quote = "Supercalifragilisticexpialidocious-extraordinarily long-winded hyphenated-compound-words everywhere here";
    expect(quote.length).toBeGreaterThan(80);
    expect(fragmentOf(textFragmentUrl(url, quote)).split(",")).toHaveLength(1);
  });

  it("keeps an 80-character quote of many words exact", () => {
    const quote = "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n";
    expect(quote).toHaveLength(79);
    expect(decodeURIComponent(fragmentOf(textFragmentUrl(url, `${quote}!`)))).toBe(`${quote}!`);
    expect(fragmentOf(textFragmentUrl(url, `${quote} x`)).split(",")).toHaveLength(2);
  });

  it("decodes a short quote back to its whitespace-normalised text", () => {
    const quoteArb = fc.string({ unit: "grapheme", maxLength: 80 }).filter((q) => q.replace(/\s+/g, " ").trim().length > 0);
    fc.assert(
      fc.property(quoteArb, (quote) => {
        const normalised = quote.replace(/\s+/g, " ").trim();
        fc.pre(normalised.length <= 80);
        const fragment = fragmentOf(textFragmentUrl(url, quote));
        expect(fragment).not.toMatch(/[-,&\s]/);
        expect(decodeURIComponent(fragment)).toBe(normalised);
      }),
      { numRuns: 400 },
    );
  });

  it("always gives a start,end pair of at most four words each for a long quote", () => {
    const wordArb = fc.string({ unit: fc.constantFrom("a", "b", "-", ",", "&", "é"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(wordArb, { minLength: 8, maxLength: 30 }), (words) => {
        const quote = words.join(" ");
        fc.pre(quote.length > 80);
        const terms = fragmentOf(textFragmentUrl(url, quote)).split(",").map(decodeURIComponent);
        expect(terms).toEqual([words.slice(0, 4).join(" "), words.slice(-4).join(" ")]);
      }),
      { numRuns: 300 },
    );
  });
});
