// The Cited bundle: the seed as a bundle, and every refusal an upload can meet, each with the
// line of the offending value in the file.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readBundle, type CheckedBundle } from "@/lib/content/bundle-check";
import { parsePartialDate } from "@/lib/content/bundle-dates";
import { bundleMaxBytes, type Bundle, type BundleQuestion } from "@/lib/content/bundle-schema";
import { serializeBundle } from "@/lib/content/bundle-serialize";
import { questionTypeNames as questionTypes } from "@/lib/domain/question-types";
import { questionArb } from "./question-arbitraries";

const seedFile = path.join(import.meta.dirname, "../../prisma/seed/content.bundle.json");
const seedText = readFileSync(seedFile, "utf8");
const seedBundle = () => JSON.parse(seedText) as Bundle;

const fold = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

/** The 1-based line of the first line of `text` that contains `needle` (after line `after`). */
function lineContaining(text: string, needle: string, after = 0): number {
  const index = text.split("\n").findIndex((line, i) => i >= after && line.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

/** Serialises a copy of the seed with one edit applied; returns its text and the errors it gets. */
function errorsAfter(edit: (bundle: Bundle) => void): { text: string; errors: string[] } {
  const bundle = seedBundle();
  edit(bundle);
  const text = serializeBundle(bundle);
  const reading = readBundle(text);
  expect(reading.ok).toBe(false);
  return { text, errors: reading.ok ? [] : reading.errors };
}

const fact = (bundle: Bundle, id: string) => bundle.facts.find((f) => f.id === id)!;
const question = (bundle: Bundle, id: string) => bundle.questions.find((q) => q.id === id)!;

describe("the seed bundle", () => {
  let checked: CheckedBundle;
  beforeAll(() => {
    const reading = readBundle(seedText);
    if (!reading.ok) throw new Error(reading.errors.join("\n"));
    checked = reading.checked;
  });

  it("is written as serializeBundle writes it (the converter's output, unedited)", () => {
    expect(serializeBundle(checked.bundle)).toBe(seedText);
  });

  it("holds every source, fact, question and quiz set", () => {
    const { bundle } = checked;
    expect(bundle.sources).toHaveLength(5);
    expect(bundle.facts).toHaveLength(18);
    expect(bundle.questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bundle.questions.flatMap((q) => q.versions.map((v) => v.type)))).toEqual(new Set(questionTypes));
    expect(bundle.quizSets.length).toBeGreaterThan(0);
  });

  it("has every fact F1-F18 cited by some question", () => {
    const cited = new Set(checked.bundle.questions.flatMap((q) => q.versions.flatMap((v) => v.citations.map((c) => c.fact))));
    expect([...cited].sort()).toEqual(Array.from({ length: 18 }, (_, i) => `F${i + 1}`).sort());
  });

  it("splits the stored article and hashes it; the other sources are link-only", () => {
    const article = checked.sources.get("ukraine-children-letter")!;
    expect(article.sentences).toHaveLength(33);
    expect(article.related.map((r) => r.line)).toEqual([12]);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect([...checked.sources.values()].filter((s) => s.source.text === null)).toHaveLength(4);
  });

  it("resolves each evidence quote of the stored article to a span", () => {
    const text = checked.sources.get("ukraine-children-letter")!.source.text!;
    for (const f of checked.bundle.facts) {
      for (const evidence of f.evidence) {
        const span = checked.spans.get(`${f.id}\u0000${evidence.source}\u0000${evidence.quote}`);
        if (evidence.source !== "ukraine-children-letter") {
          expect(span).toBeNull();
          continue;
        }
        expect(span).toBeTruthy();
        expect(fold(text.slice(span!.start, span!.end))).toBe(fold(evidence.quote));
      }
    }
  });
});

describe("each piece of seeded evidence carries its own label", () => {
  const evidence = (code: string, quote: string) => fact(seedBundle(), code).evidence.find((e) => e.quote === quote)!;

  it("the Independent's “nearly 19,500” is ISW's figure as of March 2025, not the fact's June count", () => {
    expect(evidence("F4", "nearly 19,500")).toMatchObject({ source: "independent-2025-08-16", claimant: "ISW (Institute for the Study of War)", asOf: "2025-03" });
  });

  it("the UNN report is its own, as of 10 October 2025", () => {
    for (const code of ["F1", "F3"]) expect(evidence(code, "Putin reacted to Melania Trump's letter")).toMatchObject({ claimant: null, asOf: "2025-10-10" });
  });

  it("upday's “nearly 20,000” has no claimant or as-of date we could establish, and says so", () => {
    expect(evidence("F4", "nearly 20,000")).toMatchObject({ claimant: null, asOf: null });
  });

  it("the article's own sentences on the official count agree with the fact", () => {
    const f4 = fact(seedBundle(), "F4");
    for (const e of f4.evidence.filter((e) => e.source === "ukraine-children-letter")) {
      expect({ claimant: e.claimant, asOf: e.asOf }).toEqual({ claimant: f4.attributedTo, asOf: f4.asOf });
    }
  });
});

describe("a bundle with a problem is refused whole, each problem with its line", () => {
  it("an evidence quote that does not occur in the article", () => {
    const { text, errors } = errorsAfter((b) => {
      fact(b, "F6").evidence[0].quote = "Moscow says it rescues children.";
    });
    expect(errors).toContain(`line ${lineContaining(text, "Moscow says it rescues children.")}: The quote does not occur in the source: “Moscow says it rescues children.”.`);
  });

  it("a quote from the related-link teaser", () => {
    const { text, errors } = errorsAfter((b) => {
      fact(b, "F8").evidence.push({ source: "ukraine-children-letter", quote: "forcibly deported 15 children from special school", span: null, claimant: null, asOf: "2024", stance: "SUPPORTS", note: null, carriedOverFrom: null });
    });
    expect(errors).toContain(`line ${lineContaining(text, '"quote": "forcibly deported 15 children')}: quotes a related-link teaser, which is not a claim of the source`);
  });

  it("a quote in a sentence marked not citable", () => {
    const { text, errors } = errorsAfter((b) => {
      b.sources[0].layout!.nonCitableSentences = [1];
      fact(b, "F1").evidence.push({ source: "ukraine-children-letter", quote: "US First Lady delivers personal letter", span: null, claimant: null, asOf: null, stance: "SUPPORTS", note: null, carriedOverFrom: null });
    });
    expect(errors).toContain(`line ${lineContaining(text, '"quote": "US First Lady delivers personal letter"')}: quotes sentence 1, which is marked not citable`);
  });

  it("a quote that occurs twice, without the span that says which", () => {
    const { text, errors } = errorsAfter((b) => {
      fact(b, "F1").evidence.push({ source: "ukraine-children-letter", quote: "Putin", span: null, claimant: null, asOf: null, stance: "SUPPORTS", note: null, carriedOverFrom: null });
    });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^line ${lineContaining(text, '"quote": "Putin"')}: The quote occurs \\d+ times in the source`)));
  });

  it("a span where the quote does not occur", () => {
    const { text, errors } = errorsAfter((b) => {
      fact(b, "F1").evidence[0].span = { start: 0, end: 10 };
    });
    expect(errors).toContain(`line ${lineContaining(text, '"span": {', lineContaining(text, '"id": "F1"'))}: the quote does not occur at 0-10 of the source's text`);
  });

  it("a question citing a quote that is no evidence of its fact", () => {
    const { text, errors } = errorsAfter((b) => {
      question(b, "Q01").versions[0].citations[0].fact = "F2";
    });
    const q01 = lineContaining(text, '"id": "Q01"');
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^line ${lineContaining(text, '"quote": "First Lady Melania Trump sent', q01)}: cites “First Lady Melania Trump .*” from “ukraine-children-letter”, which is no evidence of F2$`)));
  });

  it("a question version that is not valid for its type", () => {
    const { text, errors } = errorsAfter((b) => {
      (question(b, "Q01").versions[0].key as { correct: string }).correct = "z";
    });
    expect(errors).toEqual([`line ${lineContaining(text, '"correct": "z"')}: key.correct: not one of the options`]);
  });

  it("a published question whose citations resolve in no stored text", () => {
    const { text, errors } = errorsAfter((b) => {
      const q = question(b, "Q01");
      q.versions[0].citations = [{ fact: "F1", source: "independent-2025-08-16", quote: "Melania Trump" }];
    });
    const citations = lineContaining(text, '"citations": [', lineContaining(text, '"id": "Q01"'));
    expect(errors).toContain(`line ${citations}: a published question needs at least one citation whose quote resolves in a stored source text`);
  });

  it("a quiz set naming an unknown question", () => {
    const { text, errors } = errorsAfter((b) => {
      b.quizSets[0].questions.push("Q99");
    });
    expect(errors).toContain(`line ${lineContaining(text, '"Q99"')}: no question “Q99” in this bundle`);
  });

  it("a duplicate question code", () => {
    const { text, errors } = errorsAfter((b) => {
      const q = question(b, "Q02");
      q.id = "Q01";
      q.code = "Q01";
    });
    const second = lineContaining(text, '"id": "Q01"', lineContaining(text, '"id": "Q01"'));
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^line ${second}: question id “Q01” appears twice`)));
  });

  it("evidence without its own claimant and as-of date (null must be said, not left out)", () => {
    const { text, errors } = errorsAfter((b) => {
      const e = fact(b, "F4").evidence[3] as Partial<Bundle["facts"][number]["evidence"][number]>;
      delete e.claimant;
      delete e.asOf;
    });
    // Reported at the evidence object the fields are missing from.
    const f4 = lineContaining(text, '"id": "F4"');
    const evidence = fact(JSON.parse(text) as Bundle, "F4").evidence[3];
    const line = lineContaining(text, `"quote": ${JSON.stringify(evidence.quote)}`, f4) - 2;
    expect(errors).toContain(`line ${line}: claimant: Invalid input: expected string, received undefined`);
    expect(errors).toContain(`line ${line}: asOf: Invalid input: expected string, received undefined`);
  });

  it("an evidence as-of date that is not a date, after its source, or with an impossible month", () => {
    const { text, errors } = errorsAfter((b) => {
      fact(b, "F4").evidence[3].asOf = "March 2025";
      fact(b, "F4").asOf = "2025-13";
    });
    expect(errors).toContain(`line ${lineContaining(text, '"asOf": "March 2025"')}: asOf: as-of dates are YYYY, YYYY-MM or YYYY-MM-DD`);
    expect(errors).toContain(`line ${lineContaining(text, '"asOf": "2025-13"')}: asOf: not a real date`);
    const late = errorsAfter((b) => {
      fact(b, "F4").evidence.find((e) => e.source === "independent-2025-08-16")!.asOf = "2025-09";
    });
    expect(late.errors).toContain(`line ${lineContaining(late.text, '"asOf": "2025-09"')}: as of 2025-09, after the source's date 2025-08-16`);
  });

  it("a bundle of a newer or unknown schema version, or no bundle at all", () => {
    const newer = errorsAfter((b) => {
      (b as { schemaVersion: number }).schemaVersion = 2;
    });
    expect(newer.errors).toEqual(["line 3: this bundle has schema version 2, newer than this Cited instance reads (1): update Cited first"]);
    const older = errorsAfter((b) => {
      (b as { schemaVersion: number }).schemaVersion = 0;
    });
    expect(older.errors).toEqual(["line 3: schema version 0 is unknown: this Cited instance reads version 1"]);
    const other = readBundle('{\n  "questions": []\n}');
    expect(other).toEqual({ ok: false, errors: ['line 1: this is not a Cited bundle: "format" must be "cited-bundle"', 'line 1: "schemaVersion" must be a number'] });
  });

  it("a source URL that is not a web address (it becomes a link on the reader)", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "not a url"]) {
      const { text, errors } = errorsAfter((b) => {
        b.sources[1].url = url;
      });
      expect(errors).toEqual([`line ${lineContaining(text, `"url": ${JSON.stringify(url)}`)}: url: a source's URL is an http(s) address`]);
    }
  });

  it("a quiz set's title or description longer than the set form takes (it could not be saved again from its page)", () => {
    const title = "T".repeat(201);
    const long = errorsAfter((b) => {
      b.quizSets[0].title = title;
      b.quizSets[0].description = "D".repeat(2001);
    });
    expect(long.errors).toEqual([
      `line ${lineContaining(long.text, `"title": "${title}"`)}: title: keep a set's title under 200 characters`,
      `line ${lineContaining(long.text, `"description": "DDD`)}: description: keep a set's description under 2,000 characters`,
    ]);
  });

  it("a JSON syntax error, with its line and column", () => {
    const text = seedText.replace('"schemaVersion": 1,', '"schemaVersion": 1');
    expect(readBundle(text)).toEqual({ ok: false, errors: ["line 4, column 3: expected “,” or “}” after a property, found “\"”"] });
  });

  it("a file over the size limit", () => {
    const text = `${seedText.slice(0, -2)}${" ".repeat(bundleMaxBytes)}}\n`;
    const size = Math.ceil(Buffer.byteLength(text) / 1024); // the seed's size plus the padding
    expect(readBundle(text)).toMatchObject({ ok: false, errors: [`The file is ${size} KB; a bundle may be at most 900 KB. Export one quiz set at a time.`] });
  });
});

describe("parsePartialDate", () => {
  it.each([
    ["2025", "2025-01-01T00:00:00.000Z", "YEAR"],
    ["2025-06", "2025-06-01T00:00:00.000Z", "MONTH"],
    ["2025-08-15", "2025-08-15T00:00:00.000Z", "DAY"],
  ])("parses %s as UTC midnight", (value, iso, precision) => {
    const parsed = parsePartialDate(value);
    expect(parsed.date.toISOString()).toBe(iso);
    expect(parsed.precision).toBe(precision);
  });
});

// Text without line breaks or surrounding spaces, in any script (the schema trims names).
const wordsArb = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0 && !/[\n\r]/.test(s));

/** A valid bundle: one article whose sentence i is "Sentence i says <words>.", a link-only source, facts quoting them, questions citing them, a set. */
const bundleArb: fc.Arbitrary<Bundle> = fc
  .record({
    sentences: fc.array(wordsArb, { minLength: 1, maxLength: 6 }),
    title: wordsArb,
    questions: fc.array(fc.tuple(questionArb, wordsArb, fc.constantFrom("DRAFT", "PUBLISHED", "RETIRED") as fc.Arbitrary<BundleQuestion["status"]>), { minLength: 1, maxLength: 5 }),
    shuffle: fc.boolean(),
  })
  .map(({ sentences, title, questions, shuffle }) => {
    const text = `${title}\n${sentences.map((words, i) => `Sentence ${i + 1} says ${words.replace(/[.!?]/g, "")}.`).join(" ")}\n`;
    return {
      format: "cited-bundle" as const,
      schemaVersion: 1 as const,
      sources: [
        { slug: "article", title, publisher: null, url: null, publishedAt: null, retrievedAt: "2025-01-02", summary: null, status: "PUBLISHED" as const, revision: 1, previousRevision: null, text, layout: { headlineLine: 1, headingLines: [], relatedLines: [], nonCitableSentences: [] } },
        { slug: "elsewhere", title, publisher: title, url: "https://example.org/a", publishedAt: "2025-01-01", retrievedAt: null, summary: title, status: "DRAFT" as const, revision: 1, previousRevision: null, text: null, layout: null },
      ],
      facts: sentences.map((words, i) => ({
        id: `F${i + 1}`,
        code: i % 2 ? null : `F${i + 1}`,
        statement: words,
        kind: "FACT" as const,
        attributedTo: null,
        asOf: null,
        evidence: [
          { source: "article", quote: `Sentence ${i + 1} says`, span: null, stance: "SUPPORTS" as const, note: null, claimant: null, asOf: null, carriedOverFrom: null },
          { source: "elsewhere", quote: words, span: null, stance: "DISPUTES" as const, note: words, claimant: words, asOf: "2024-12", carriedOverFrom: null },
        ],
      })),
      questions: questions.map(([q, stem, status], i) => ({
        id: `q-${i}`,
        code: null,
        status,
        currentVersion: 1,
        versions: [
          {
            version: 1,
            type: q.type,
            stem,
            options: q.content.options,
            key: q.content.key,
            feedback: q.content.feedback ?? null,
            explanation: stem,
            points: 1 + (i % 3),
            difficulty: 1 + (i % 5),
            tags: [stem],
            citations: [{ fact: `F${(i % sentences.length) + 1}`, source: "article", quote: `Sentence ${(i % sentences.length) + 1} says` }],
          },
        ],
      })),
      quizSets: [{ slug: "a-set", title, description: "", status: "PUBLISHED" as const, isPublic: shuffle, shuffleQuestions: shuffle, shuffleOptions: !shuffle, questions: questions.map((_, i) => `q-${i}`) }],
    };
  });

describe("any valid bundle", () => {
  it("serialised and read back is accepted and equal", () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const reading = readBundle(serializeBundle(bundle));
        if (!reading.ok) throw new Error(reading.errors.join("\n"));
        expect(reading.checked.bundle).toEqual(JSON.parse(JSON.stringify(bundle)));
        expect(serializeBundle(reading.checked.bundle)).toBe(serializeBundle(bundle));
      }),
      { numRuns: 100 },
    );
  });
});
