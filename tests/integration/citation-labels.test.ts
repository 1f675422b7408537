// Seeded citations carry their own labels (whose figure, as of when), the review and the item
// analysis use them, the seed fills in a label missing from older rows, and cited evidence keeps
// its label once it has one.
import { afterAll, describe, expect, it } from "vitest";
import { explainVersions } from "@/lib/data/review";
import { loadSeedBundle, seedContent } from "@/prisma/seed-content";
import { contentBundle } from "@/prisma/seed";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const evidence = (code: string, quote: string) =>
  prisma.evidence.findFirstOrThrow({ where: { fact: { code }, quote }, include: { source: { select: { slug: true } } } });

async function citationsOf(questionCode: string) {
  const question = await prisma.question.findUniqueOrThrow({ where: { code: questionCode } });
  const explained = await explainVersions([question.currentVersionId!]);
  return explained.get(question.currentVersionId!)!.citations;
}

describe("seeded evidence has its own claimant and as-of date", () => {
  it("stores the Independent's “nearly 19,500” as ISW's figure as of March 2025", async () => {
    const isw = await evidence("F4", "nearly 19,500");
    expect(isw).toMatchObject({ claimant: "ISW (Institute for the Study of War)", asOf: new Date("2025-03-01T00:00:00Z"), asOfPrecision: "MONTH" });
    expect(isw.source.slug).toBe("independent-2025-08-16");
  });

  it("stores UNN's report as its own, as of 10 October 2025, and upday's count without a date we could establish", async () => {
    expect(await evidence("F3", "Putin reacted to Melania Trump's letter")).toMatchObject({ claimant: null, asOf: new Date("2025-10-10T00:00:00Z"), asOfPrecision: "DAY" });
    expect(await evidence("F4", "nearly 20,000")).toMatchObject({ claimant: null, asOf: null, asOfPrecision: null });
  });
});

describe("citations in a review are labelled from their evidence", () => {
  it("labels Q04's ISW quote as ISW's, March 2025, and says the question's figure is another", async () => {
    const isw = (await citationsOf("Q04")).find((c) => c.quote === "nearly 19,500")!;
    expect(isw.label.text).toBe("Figure from ISW (Institute for the Study of War), as of March 2025");
    expect(isw.label.differs).toContain("Figure from Ukraine (official count), as of June 2025");
    const official = (await citationsOf("Q04")).find((c) => c.quote === "it’s Ukraine’s official count as of June.")!;
    expect(official.label).toEqual({ text: "Figure from Ukraine (official count), as of June 2025", differs: null });
  });

  it("labels Q08's UNN quote with UNN and October 2025, not the fact's Reuters and August", async () => {
    const unn = (await citationsOf("Q08")).find((c) => c.quote === "Putin reacted to Melania Trump's letter")!;
    expect(unn.label.text).toBe("Reported by UNN (Ukrainian National News), as of 10 October 2025");
    expect(unn.source.publishedAt).toEqual(new Date("2025-10-10T00:00:00Z"));
  });
});

describe("the label of cited evidence", () => {
  it("is filled in by the seed where an older row has none, and then cannot change", async () => {
    const isw = await evidence("F4", "nearly 19,500");
    // As a row made before these columns existed: no label (the guard is lifted for this alone).
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`ALTER TABLE "Evidence" DISABLE TRIGGER "Evidence_cited_immutable"`;
      await tx.evidence.update({ where: { id: isw.id }, data: { claimant: null, asOf: null, asOfPrecision: null } });
      await tx.$executeRaw`ALTER TABLE "Evidence" ENABLE TRIGGER "Evidence_cited_immutable"`;
    });
    expect(await evidence("F4", "nearly 19,500")).toMatchObject({ claimant: null, asOf: null });
    await seedContent(prisma, await loadSeedBundle(contentBundle));
    expect(await evidence("F4", "nearly 19,500")).toMatchObject({ claimant: "ISW (Institute for the Study of War)", asOfPrecision: "MONTH" });
    await expect(prisma.evidence.update({ where: { id: isw.id }, data: { claimant: "Ukraine (official count)" } })).rejects.toThrow(/cited evidence cannot change/);
    await expect(prisma.evidence.update({ where: { id: isw.id }, data: { asOf: new Date("2025-06-01T00:00:00Z") } })).rejects.toThrow(/cited evidence cannot change/);
  });

  it("refuses an as-of date without its precision, and a blank claimant", async () => {
    const upday = await evidence("F4", "nearly 20,000");
    await expect(prisma.evidence.update({ where: { id: upday.id }, data: { asOf: new Date("2025-08-01T00:00:00Z") } })).rejects.toThrow(/Evidence_as_of_has_precision/);
    await expect(prisma.evidence.update({ where: { id: upday.id }, data: { claimant: "  " } })).rejects.toThrow(/Evidence_claimant_not_blank/);
  });
});
