import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError, loadContent, parsePartialDate, type Content } from "@/lib/content/load-content";
import type { FactFile, QuestionFile, QuizSetFile, SourceFile } from "@/lib/content/content-schema";
import { questionTypeNames as questionTypes } from "@/lib/domain/question-types";

const seedDir = path.join(import.meta.dirname, "../../prisma/seed");
const dirs: string[] = [];

type Files = { sources: SourceFile[]; facts: FactFile[]; questions: QuestionFile[]; "quiz-sets": QuizSetFile[] };

const fold = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

/** Loads a copy of the seed with one edit applied and returns the problems it reports. */
async function problemsAfter(edit: (files: Files) => void): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cited-seed-"));
  dirs.push(dir);
  await cp(seedDir, dir, { recursive: true });
  const names = ["sources", "facts", "questions", "quiz-sets"] as const;
  const files = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, JSON.parse(await readFile(path.join(dir, `${name}.json`), "utf8"))])),
  ) as Files;
  edit(files);
  await Promise.all(names.map((name) => writeFile(path.join(dir, `${name}.json`), JSON.stringify(files[name]))));
  const error = await loadContent(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("loadContent on the seed", () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(seedDir);
  });

  it("loads every source, fact, question and quiz set", () => {
    expect(content.sources).toHaveLength(5);
    expect(content.facts).toHaveLength(18);
    expect(content.questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(content.questions.map((q) => q.type))).toEqual(new Set(questionTypes));
    expect(content.quizSets.length).toBeGreaterThan(0);
  });

  it("has every fact F1-F18 cited by some question", () => {
    const cited = new Set(content.questions.flatMap((q) => q.citedEvidence.map((c) => c.fact)));
    expect([...cited].sort()).toEqual(Array.from({ length: 18 }, (_, i) => `F${i + 1}`).sort());
  });

  it("splits the stored article and hashes it", () => {
    const article = content.sources.find((s) => s.slug === "ukraine-children-letter");
    expect(article?.sentences).toHaveLength(33);
    expect(article?.related.map((r) => r.line)).toEqual([12]);
    expect(article?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(content.sources.filter((s) => s.text === null)).toHaveLength(4);
  });

  it("resolves each evidence quote of the stored article to a span", () => {
    const text = content.sources.find((s) => s.slug === "ukraine-children-letter")?.text ?? "";
    for (const evidence of content.facts.flatMap((f) => f.evidence)) {
      if (evidence.source !== "ukraine-children-letter") {
        expect(evidence.span).toBeNull();
        continue;
      }
      expect(evidence.span).not.toBeNull();
      expect(fold(text.slice(evidence.span!.start, evidence.span!.end))).toBe(fold(evidence.quote));
    }
  });
});

describe("each piece of seeded evidence carries its own label", () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(seedDir);
  });
  const evidence = (code: string, quote: string) => content.facts.find((f) => f.code === code)!.evidence.find((e) => e.quote === quote)!;

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
    const fact = content.facts.find((f) => f.code === "F4")!;
    for (const e of fact.evidence.filter((e) => e.source === "ukraine-children-letter")) {
      expect({ claimant: e.claimant, asOf: e.asOf }).toEqual({ claimant: fact.attributedTo, asOf: fact.asOf });
    }
  });
});

describe("loadContent refuses corrupted content", () => {
  it("an evidence quote that does not occur in the article", async () => {
    const problems = await problemsAfter(({ facts }) => {
      facts.find((f) => f.code === "F6")!.evidence[0].quote = "Moscow says it rescues children.";
    });
    expect(problems).toContainEqual(expect.stringMatching(/^F6 in ukraine-children-letter: The quote does not occur/));
  });

  it("a quote from the related-link teaser", async () => {
    const problems = await problemsAfter(({ facts }) => {
      facts
        .find((f) => f.code === "F8")!
        .evidence.push({ source: "ukraine-children-letter", quote: "forcibly deported 15 children from special school", claimant: null, asOf: "2024", stance: "SUPPORTS" });
    });
    expect(problems).toContainEqual(expect.stringMatching(/^F8: quotes a related-link teaser/));
  });

  it("a question citing a quote that is no evidence of its fact", async () => {
    const problems = await problemsAfter(({ questions }) => {
      questions.find((q) => q.code === "Q01")!.citations[0].fact = "F2";
    });
    expect(problems).toContainEqual(expect.stringMatching(/^Q01: cites “First Lady Melania Trump .*” which is no evidence of F2$/));
  });

  it("a quiz set naming an unknown question", async () => {
    const problems = await problemsAfter((files) => {
      files["quiz-sets"][0].questions.push("Q99");
    });
    expect(problems).toContain("quiz set alaska-summit-practice: unknown question Q99");
  });

  it("a duplicate question code", async () => {
    const problems = await problemsAfter(({ questions }) => {
      questions.find((q) => q.code === "Q02")!.code = "Q01";
    });
    expect(problems).toContain("duplicate question code Q01");
  });

  it("evidence without its own claimant and as-of date (null must be said, not left out)", async () => {
    const problems = await problemsAfter(({ facts }) => {
      const evidence = facts.find((f) => f.code === "F4")!.evidence[3] as Partial<FactFile["evidence"][number]>;
      delete evidence.claimant;
      delete evidence.asOf;
    });
    expect(problems).toContainEqual(expect.stringMatching(/evidence\.3\.claimant/));
    expect(problems).toContainEqual(expect.stringMatching(/evidence\.3\.asOf/));
  });

  it("an evidence as-of date that is not a date, or a blank claimant", async () => {
    const problems = await problemsAfter(({ facts }) => {
      facts.find((f) => f.code === "F4")!.evidence[3].asOf = "March 2025";
      facts.find((f) => f.code === "F4")!.evidence[4].claimant = "  ";
    });
    expect(problems).toContainEqual(expect.stringMatching(/evidence\.3\.asOf/));
    expect(problems).toContainEqual(expect.stringMatching(/evidence\.4\.claimant/));
  });

  it("evidence as of a date after its source was published", async () => {
    const problems = await problemsAfter(({ facts }) => {
      facts.find((f) => f.code === "F4")!.evidence.find((e) => e.source === "independent-2025-08-16")!.asOf = "2025-09";
    });
    expect(problems).toContain("F4 in independent-2025-08-16: as of 2025-09, after the source's date 2025-08-16");
  });

  it("an as-of date with an impossible month", async () => {
    const problems = await problemsAfter(({ facts }) => {
      facts.find((f) => f.code === "F4")!.asOf = "2025-13";
    });
    expect(problems).toContainEqual(expect.stringMatching(/asOf/));
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
