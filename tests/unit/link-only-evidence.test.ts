// A link-only source's evidence must be a phrase that carries the claim, not a bare name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLinkOnlyPhrase, MIN_LINK_ONLY_WORDS } from "@/lib/domain/link-only-evidence";

describe("checkLinkOnlyPhrase", () => {
  it("refuses the seed's bare names and places with a clear message", () => {
    for (const name of ["Melania Trump", "Alaska", "Anchorage, Alaska", "Vladimir Putin", "Council of Europe", "Maria Lvova-Belova"]) {
      const result = checkLinkOnlyPhrase(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/name|too short|only names/);
    }
  });

  it("refuses capitalised name strings of any length", () => {
    expect(checkLinkOnlyPhrase("The International Criminal Court Of Justice")).toMatchObject({ ok: false, message: expect.stringContaining("only names") });
  });

  it("refuses a phrase with no verb or figure", () => {
    expect(checkLinkOnlyPhrase("the letter to the president")).toMatchObject({ ok: false, message: expect.stringContaining("verb or a figure") });
  });

  it("refuses the empty quote", () => {
    expect(checkLinkOnlyPhrase("   ").ok).toBe(false);
  });

  it("accepts phrases that state the claim", () => {
    for (const phrase of [
      "Melania Trump sent a personal letter to Putin",
      "over 19,000 children taken from Ukraine",
      "the letter was hand-delivered in Anchorage",
      "judges issued arrest warrants for Putin",
    ]) {
      expect(checkLinkOnlyPhrase(phrase), phrase).toEqual({ ok: true });
    }
  });

  it("refuses any phrase shorter than the minimum (property)", () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: MIN_LINK_ONLY_WORDS - 1 }), (words) => {
        expect(checkLinkOnlyPhrase(words.join(" ")).ok).toBe(false);
      }),
    );
  });

  it("refuses any run of capitalised words, however long (property)", () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 12 }), (names) => {
        expect(checkLinkOnlyPhrase(names.join(" ")).ok).toBe(false);
      }),
    );
  });

  it("accepts any long-enough phrase with a figure in it (property)", () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: MIN_LINK_ONLY_WORDS - 1, maxLength: 10 }), fc.integer({ min: 0, max: 100000 }), (words, n) => {
        expect(checkLinkOnlyPhrase([...words, String(n)].join(" ")).ok).toBe(true);
      }),
    );
  });
});
