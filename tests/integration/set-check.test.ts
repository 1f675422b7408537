// The set checker on the seeded database: every seeded set passes (no answer given away, no
// citation that fails to resolve), and a citation whose stored span no longer holds its quote blocks.
import { afterAll, describe, expect, it } from "vitest";
import { checkQuizSet, evidenceResolves } from "@/lib/data/set-check";
import { testPrisma } from "@/tests/helpers/database";
import { seededQuizSets } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("checkQuizSet on the seed", () => {
  it("finds no answer leak and nothing blocking in any seeded set", async () => {
    const slugs = seededQuizSets().map((set) => set.slug);
    const sets = await prisma.quizSet.findMany({ where: { slug: { in: slugs } } });
    expect(sets).toHaveLength(slugs.length);
    for (const set of sets) {
      const findings = await checkQuizSet(prisma, set.id);
      expect(findings.filter((f) => f.rule === "answer-leak" || f.severity === "blocking"), set.slug).toEqual([]);
    }
  });

  it("reads each question's current version, its citations and the facts of the sources cited", async () => {
    const figures = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "whose-figure-is-it" } });
    const [q02, q08] = await Promise.all(["Q02", "Q08"].map((code) => prisma.question.findUniqueOrThrow({ where: { code } })));
    // Q02 and Q08 are both single-choice questions citing the article's "officials wouldn't reveal details".
    const same = (await checkQuizSet(prisma, figures.id)).find((f) => f.rule === "same-fact-same-way" && f.message.startsWith("Q02 and Q08"));
    expect(same?.questionIds).toEqual([q02.id, q08.id]);
    // The summit set cites the article, so the article's facts about the children are listed as untested.
    const summit = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "anchorage-summit" } });
    const f4 = await prisma.fact.findUniqueOrThrow({ where: { code: "F4" } });
    expect((await checkQuizSet(prisma, summit.id)).some((f) => f.rule === "untested-fact" && f.factId === f4.id)).toBe(true);
  });

  it("refuses a set that does not exist", async () => {
    await expect(checkQuizSet(prisma, "no-such-set")).rejects.toThrow(/was not found/);
  });

  it("a stored span that no longer holds the quote does not resolve; a link-only source's does", () => {
    const text = "Three hours behind closed doors.";
    expect(evidenceResolves({ quote: "Three hours", start: 0, end: 11, source: { text } })).toBe(true);
    expect(evidenceResolves({ quote: "Three hours", start: 1, end: 12, source: { text } })).toBe(false);
    expect(evidenceResolves({ quote: "Three hours", start: 0, end: 999, source: { text } })).toBe(false);
    expect(evidenceResolves({ quote: "Three hours", start: null, end: null, source: { text } })).toBe(false);
    expect(evidenceResolves({ quote: "nearly three hours", start: null, end: null, source: { text: null } })).toBe(true);
  });
});
