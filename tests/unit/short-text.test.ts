import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuestionContent, type QuestionContent } from "@/lib/domain/question-types";
import { normaliseText, shortTextMatches } from "@/lib/domain/question-types/short-text";
import { scoreAnswer } from "@/lib/domain/scoring";

function shortText(accepted: string[]): QuestionContent<"SHORT_TEXT"> {
  const parsed = parseQuestionContent("SHORT_TEXT", { options: {}, key: { accepted } });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.content as QuestionContent<"SHORT_TEXT">;
}

describe("normaliseText", () => {
  it.each([
    ["Lvova-Belova", "lvova belova"],
    ["  LVOVA – BELOVA ", "lvova belova"],
    ["Lvova\u00ADBelova", "lvovabelova"],
    ["Zélenskyy", "zelenskyy"],
    ["Ḿaria\u0301", "maria"],
    ["Putin’s", "putins"],
    ["Putin's", "putins"],
    ["“Constructive”", "constructive"],
    ['"constructive."', "constructive"],
    ["Anchorage,\tAlaska", "anchorage alaska"],
    ["ﬁnal", "final"],
    ["１９", "19"],
    ["5% + $3", "5 + $3"],
    ["...", ""],
  ])("folds %j to %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("is idempotent on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent around every BMP character, including case, marks and punctuation", () => {
    const unstable: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const once = normaliseText(`A${String.fromCharCode(cp)}b`);
      if (normaliseText(once) !== once) unstable.push(cp.toString(16));
    }
    expect(unstable).toEqual([]);
  });

  it("leaves no upper case, no edge or doubled spaces, and no punctuation", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const out = normaliseText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s|\p{P}|\p{M}/u);
        expect(out.toLowerCase()).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});

describe("SHORT_TEXT scoring", () => {
  const lvova = shortText(["Lvova-Belova", "Maria Lvova-Belova"]);

  it.each(["lvova belova", "LVOVA-BELOVA", "Lvova–Belova", " maria  lvova-belova.", "Lvóva Belova"])("accepts %j", (text) => {
    expect(shortTextMatches(lvova, text)).toBe(true);
    expect(scoreAnswer("SHORT_TEXT", lvova, { text }, 1)).toEqual({ fraction: 1, points: 1, correct: true });
  });

  it.each(["Lvova", "Belova Lvova", "Maria", "lvovabelova", ""])("refuses %j", (text) => {
    expect(scoreAnswer("SHORT_TEXT", lvova, { text }, 1).fraction).toBe(0);
  });

  it("never accepts a blank or punctuation-only answer, even against a variant that folds to nothing", () => {
    const odd = shortText(["?!", "Reuters"]);
    fc.assert(
      fc.property(fc.stringMatching(/^[\s\p{P}]*$/u), (text) => {
        expect(shortTextMatches(odd, text)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts every variant however it is cased, and with punctuation or spaces around it", () => {
    const ascii = fc.string({ minLength: 1, maxLength: 30 }).filter((v) => normaliseText(v) !== "");
    fc.assert(
      fc.property(
        fc.array(ascii, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.constantFrom("-", " ", "  ", "\u2014", ".", ",", "\u201C"),
        (accepted, i, upper, pad) => {
          const variant = accepted[i % accepted.length];
          const recased = [...variant].map((ch, j) => (upper[j] ? ch.toUpperCase() : ch.toLowerCase())).join("");
          expect(shortTextMatches(shortText(accepted), `${pad}${recased}${pad}`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
