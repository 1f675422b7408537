import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedSourceText } from "@/tests/helpers/seed-bundle";
import { sentenceAt, splitSentences, type SourceLayout } from "@/lib/domain/sentences";

const article = seedSourceText("ukraine-children-letter");
const layout: SourceLayout = { headlineLine: 1, headingLines: [7, 13], relatedLines: [12] };

const texts = (text: string) => splitSentences(text).sentences.map((s) => text.slice(s.start, s.end));

describe("splitSentences on the seed article", () => {
  const { sentences, related } = splitSentences(article, layout);
  const at = (index: number) => article.slice(sentences[index - 1].start, sentences[index - 1].end);

  it("finds 33 sentences with the headline and headings marked", () => {
    expect(sentences).toHaveLength(33);
    expect(sentences[0]).toMatchObject({ kind: "HEADLINE", paragraph: 1 });
    expect(sentences[12]).toMatchObject({ kind: "HEADING", paragraph: 7 });
    expect(sentences[19]).toMatchObject({ kind: "HEADING", paragraph: 13 });
    expect(sentences.filter((s) => s.kind !== "BODY").map((s) => s.index)).toEqual([1, 13, 20]);
    expect(at(20)).toBe("Trump rates Putin talks 10 out of 10");
  });

  it("keeps the related link on line 12 out of the sentences", () => {
    expect(related).toHaveLength(1);
    const [link] = related;
    expect(link.line).toBe(12);
    expect(link.text).toMatch(/^Russian war crimes: .* to Russia$/);
    expect(article.slice(link.start, link.end)).toBe(link.text);
    expect(sentences.some((s) => s.start < link.end && s.end > link.start)).toBe(false);
    expect(sentences.some((s) => s.paragraph === 12)).toBe(false);
  });

  it("splits the body at sentence ends", () => {
    expect(at(5)).toBe("Why does this matter?");
    expect(at(6)).toBe("Ukraine has documented over 19,000 children illegally removed from their territories.");
  });

  it("keeps a quotation followed by `he said` in one sentence", () => {
    const quote = sentences.find((s) => article.slice(s.start, s.end).startsWith("“I think"));
    expect(quote && article.slice(quote.start, quote.end)).toBe(
      "“I think we’re pretty close to the end,” he said, though he added a crucial caveat: “Ukraine has to agree to this.”",
    );
  });

  it("finds the sentence at an offset, or the next one after it", () => {
    const sixth = sentences[5];
    expect(sentenceAt(sentences, sixth.start)).toBe(sixth);
    expect(sentenceAt(sentences, sixth.end - 1)).toBe(sixth);
    expect(sentenceAt(sentences, sixth.end)).toBe(sentences[6]);
    expect(sentenceAt(sentences, article.length)).toBeUndefined();
  });
});

describe("splitSentences on abbreviations", () => {
  it("does not split after titles, initials or U.S.", () => {
    expect(texts("Dr. Smith arrived. U.S. officials agreed. J. Smith left.")).toEqual([
      "Dr. Smith arrived.",
      "U.S. officials agreed.",
      "J. Smith left.",
    ]);
    expect(texts("They met U.S. President Biden. Then Mr. Jones spoke.")).toEqual([
      "They met U.S. President Biden.",
      "Then Mr. Jones spoke.",
    ]);
  });

  it("does not split after an initial that follows an opening bracket or quote", () => {
    expect(texts("The book (J. Smith, 2020) is good.")).toEqual(["The book (J. Smith, 2020) is good."]);
  });

  it("splits before an opening quote or a number, but not before lower case", () => {
    expect(texts("It ended. “Next,” he said. 2024 was busy. and so on")).toEqual([
      "It ended.",
      "“Next,” he said.",
      "2024 was busy. and so on",
    ]);
  });
});

const lineArb = fc
  .array(fc.constantFrom("a", "Bb", "7", ".", "?", "!", " ", "  ", "\t", "“", "”", '"', "'", "Dr.", "U.S.", "J.", "\u00A0"), {
    maxLength: 25,
  })
  .map((parts) => parts.join(""));
const docArb = fc.tuple(fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n")).chain(([lines, eol]) =>
  fc.record({
    text: fc.constant(lines.join(eol)),
    layout: fc.record({
      headlineLine: fc.option(fc.integer({ min: 1, max: lines.length }), { nil: undefined }),
      headingLines: fc.uniqueArray(fc.integer({ min: 1, max: lines.length }), { maxLength: 3 }),
      relatedLines: fc.uniqueArray(fc.integer({ min: 1, max: lines.length }), { maxLength: 2 }),
    }),
  }),
);

describe("splitSentences properties", () => {
  it("yields ordered, disjoint, trimmed sentences indexed 1..n that cover every visible character", () => {
    fc.assert(
      fc.property(docArb, ({ text, layout: docLayout }) => {
        const { sentences } = splitSentences(text, docLayout);
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
          const body = text.slice(s.start, s.end);
          expect(body).toBe(body.trim());
          expect(docLayout.relatedLines).not.toContain(s.paragraph);
        });
        let offset = 0;
        text.split("\n").forEach((line, i) => {
          const related = docLayout.relatedLines.includes(i + 1);
          for (let k = 0; k < line.length; k++) {
            if (/\s/.test(line[k])) continue;
            const covering = sentences.filter((s) => s.start <= offset + k && offset + k < s.end);
            expect(covering).toHaveLength(related ? 0 : 1);
            if (!related) expect(covering[0].paragraph).toBe(i + 1);
          }
          offset += line.length + 1;
        });
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(docArb, ({ text, layout: docLayout }) => {
        expect(splitSentences(text, docLayout)).toEqual(splitSentences(text, docLayout));
      }),
      { numRuns: 200 },
    );
  });
});
