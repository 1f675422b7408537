// The set checker on the seeded database: every seeded set passes (no answer given away, no
// citation that fails to resolve), and a citation whose stored span no longer holds its quote blocks.
import { afterAll, describe, expect, it } from "vitest";
import { checkQuizSet, evidenceResolves } from "@/lib/data/set-check";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("checkQuizSet on the seed", () => {
  it("finds no answer leak and nothing blocking in any seeded set", async () => {
    const sets = await prisma.quizSet.findMany({ where: { ownerId: null, slug: { in: ["alaska-summit-practice", "the-full-article", "deportations-and-numbers", "anchorage-summit", "whose-figure-is-it", "names-and-figures"] } } });
    expect(sets).toHaveLength(6);
    for (const set of sets) {
      const findings = await checkQuizSet(prisma, set.id);
      expect(findings.filter((f) => f.rule === "answer-leak" || f.severity === "blocking"), set.slug).toEqual([]);
    }
  });

  it("reads each question's current version and its citations", async () => {
    const set = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "whose-figure-is-it" } });
    const findings = await checkQuizSet(prisma, set.id);
    // Q38 and Q39 both match figures to owners citing Ukraine's "as of June" sentence.
    expect(findings.some((f) => f.rule === "same-fact-same-way" && f.message.startsWith("Q38 and Q39"))).toBe(true);
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
