// Facts, evidence and generated drafts against the real database: evidence by span and by
// quote, a quote that occurs twice, the citable rule, link-only phrases, cited facts and
// evidence that cannot change, drafts that are never published, and non-admins refused.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachEvidenceByQuote, attachEvidenceBySpan, createFact, deleteEvidence, getFactForEditing, listFacts, updateFact } from "@/lib/data/fact-authoring";
import { proposalsForFact, saveGeneratedDrafts } from "@/lib/data/generated-drafts";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { parseAsOf } from "@/lib/validation/fact-authoring";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `zzfa${randomBytes(3).toString("hex")}`;
let admin: Viewer;
let teacher: Viewer;
let student: Viewer;
let sourceId: string;
let linkOnlyId: string;
const factIds: string[] = [];
const questionIds: string[] = [];

// Line 1 a heading marked not citable; line 2 two body sentences, "nearly 600" twice; line 3 a teaser.
const text = `${tag} Returns are slow\nThe coalition brought back nearly 600 children in 2024. Nearly 600 is small: nearly 600 of over 19,000.\nREAD ALSO: nearly 600 children come home`;
const line2 = text.indexOf("The coalition");
const line2End = text.indexOf("\n", line2);
const secondSentence = text.indexOf("Nearly 600 is");
const teaserStart = text.indexOf("READ ALSO");

const noDate = { asOf: null, asOfPrecision: null } as const;
const fields = (factId: string, source = sourceId) => ({ factId, sourceId: source, stance: "SUPPORTS" as const, note: null, claimant: null, asOf: noDate });
const factInput = (statement: string, extra: Partial<Parameters<typeof createFact>[1]> = {}) => ({
  statement,
  kind: "FIGURE" as const,
  code: null,
  attributedTo: null,
  asOf: parseAsOf("2024")!,
  ...extra,
});

beforeAll(async () => {
  const viewer = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, roles: u.roles };
  };
  admin = await viewer(actorEmails.admin);
  teacher = await viewer(actorEmails.teacher);
  student = await viewer(actorEmails.student);
  const source = await prisma.source.create({
    data: {
      slug: `${tag}-article`,
      title: `${tag} Article`,
      text,
      sentences: {
        create: [
          { index: 1, start: 0, end: text.indexOf("\n"), paragraph: 1, kind: "HEADING", citable: false },
          { index: 2, start: line2, end: secondSentence - 1, paragraph: 2 },
          { index: 3, start: secondSentence, end: line2End, paragraph: 2 },
        ],
      },
      relatedLinks: { create: [{ title: "nearly 600 children come home", start: teaserStart, end: text.length }] },
    },
  });
  sourceId = source.id;
  linkOnlyId = (await prisma.source.create({ data: { slug: `${tag}-link`, title: `${tag} Link only`, url: "https://example.org/story" } })).id;
});

afterAll(async () => {
  await prisma.question.deleteMany({ where: { OR: [{ id: { in: questionIds } }, { versions: { some: { citations: { some: { evidence: { factId: { in: factIds } } } } } } }] } });
  await prisma.fact.deleteMany({ where: { id: { in: factIds } } });
  await prisma.source.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.$disconnect();
});

async function newFact(statement: string, extra: Partial<Parameters<typeof createFact>[1]> = {}) {
  const fact = await createFact(admin, factInput(statement, extra));
  factIds.push(fact.id);
  return fact.id;
}

describe("facts", () => {
  it("creates a fact, audited, and finds it by its text", async () => {
    const id = await newFact(`${tag} The coalition brought back nearly 600 children in 2024.`, { code: `${tag}A`.slice(0, 20) });
    const row = await prisma.fact.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "FIGURE", asOfPrecision: "YEAR" });
    expect(await prisma.auditEntry.count({ where: { entityType: "Fact", entityId: id, action: "fact.create", actorId: admin.id } })).toBe(1);
    const found = await listFacts(admin, { query: `${tag} The coalition` });
    expect(found.map((f) => f.id)).toContain(id);
  });

  it("refuses a code another fact has, as a field error", async () => {
    await newFact(`${tag} First with a code.`, { code: `${tag}dup` });
    await expect(createFact(admin, factInput(`${tag} Second with the same code.`, { code: `${tag}dup` }))).rejects.toMatchObject({ status: 422, fieldErrors: { code: ["Another fact has this code."] } });
  });

  it("refuses non-admins and anonymous callers everywhere", async () => {
    const id = factIds[0];
    for (const actor of [teacher, student]) {
      await expect(createFact(actor, factInput(`${tag} Not allowed.`))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listFacts(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateFact(actor, id, factInput("Changed by a teacher."))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(attachEvidenceBySpan(actor, { ...fields(id), start: line2, end: line2 + 13 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(attachEvidenceByQuote(actor, { ...fields(id), quote: "brought back" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveGeneratedDrafts(actor, id, ["numeric"])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(proposalsForFact(actor, id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createFact(null, factInput(`${tag} Not allowed.`))).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await prisma.fact.count({ where: { statement: `${tag} Not allowed.` } })).toBe(0);
  });
});

describe("evidence", () => {
  it("attaches a span selected in the reader as the source's exact words", async () => {
    const id = await newFact(`${tag} Span fact with nearly 600 children.`);
    const start = text.indexOf("brought back");
    // A selection dragged one space too far either side keeps only the words.
    await attachEvidenceBySpan(admin, { ...fields(id), start: start - 1, end: start + "brought back nearly 600 children".length + 1 });
    const [evidence] = await prisma.evidence.findMany({ where: { factId: id } });
    expect(evidence).toMatchObject({ quote: "brought back nearly 600 children", start, end: start + 32 });
    expect(await prisma.auditEntry.count({ where: { entityType: "Evidence", entityId: evidence.id, action: "evidence.create" } })).toBe(1);
  });

  it("refuses a span in a sentence marked not citable, in a teaser, or outside the text", async () => {
    const id = await newFact(`${tag} Refused spans.`);
    await expect(attachEvidenceBySpan(admin, { ...fields(id), start: 0, end: 10 })).rejects.toThrow(/not citable/);
    await expect(attachEvidenceBySpan(admin, { ...fields(id), start: teaserStart, end: teaserStart + 20 })).rejects.toThrow(/teaser/);
    await expect(attachEvidenceBySpan(admin, { ...fields(id), start: 5, end: text.length + 5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(attachEvidenceBySpan(admin, { ...fields(id, linkOnlyId), start: 0, end: 3 })).rejects.toThrow(/link-only/);
    expect(await prisma.evidence.count({ where: { factId: id } })).toBe(0);
  });

  it("finds a pasted quote with straight quotes, and says when it is not there", async () => {
    const id = await newFact(`${tag} Quote fact.`);
    const outcome = await attachEvidenceByQuote(admin, { ...fields(id), quote: "  brought   back nearly 600 children in 2024 " });
    expect(outcome.kind).toBe("attached");
    await expect(attachEvidenceByQuote(admin, { ...fields(id), quote: "nearly 700 children" })).rejects.toThrow(/does not occur/);
    await expect(attachEvidenceByQuote(admin, { ...fields(id), quote: "brought back nearly 600 children in 2024" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("asks which place a quote that occurs twice means, lists refused places, then saves the chosen span", async () => {
    const id = await newFact(`${tag} Ambiguous fact.`);
    const first = await attachEvidenceByQuote(admin, { ...fields(id), quote: "nearly 600" });
    expect(first.kind).toBe("ambiguous");
    if (first.kind !== "ambiguous") return;
    // Twice in the body and once in the teaser, which cannot be cited.
    expect(first.occurrences.map((o) => o.refusal === null)).toEqual([true, true, false]);
    expect(first.occurrences[1].before).toContain("is small: ");
    expect(await prisma.evidence.count({ where: { factId: id } })).toBe(0);

    await expect(attachEvidenceByQuote(admin, { ...fields(id), quote: "nearly 600", occurrence: 3 })).rejects.toThrow(/Choose one of the places/);
    await expect(attachEvidenceByQuote(admin, { ...fields(id), quote: "nearly 600", occurrence: first.occurrences[2].start })).rejects.toThrow(/teaser/);
    const chosen = first.occurrences[1];
    expect(await attachEvidenceByQuote(admin, { ...fields(id), quote: "nearly 600", occurrence: chosen.start })).toMatchObject({ kind: "attached" });
    const saved = await prisma.evidence.findFirstOrThrow({ where: { factId: id } });
    expect(saved).toMatchObject({ quote: "nearly 600", start: chosen.start, end: chosen.end });
    expect(saved.start).toBeGreaterThan(secondSentence);
  });

  it("refuses a bare name from a link-only source and accepts a phrase", async () => {
    const id = await newFact(`${tag} Link-only fact.`);
    for (const name of ["Melania Trump", "Alaska"]) {
      await expect(attachEvidenceByQuote(admin, { ...fields(id, linkOnlyId), quote: name })).rejects.toThrow(/name/);
    }
    expect(await attachEvidenceByQuote(admin, { ...fields(id, linkOnlyId), quote: "the coalition brought back nearly 600 children" })).toMatchObject({ kind: "attached" });
    expect(await prisma.evidence.findFirstOrThrow({ where: { factId: id } })).toMatchObject({ start: null, end: null, quote: "the coalition brought back nearly 600 children" });
  });
});

describe("generated drafts and cited facts", () => {
  it("saves chosen proposals as DRAFT questions with citations; the fact and evidence are then fixed", async () => {
    const id = await newFact(`${tag} The coalition brought back nearly 600 children in 2024.`);
    await attachEvidenceByQuote(admin, { ...fields(id), quote: "brought back nearly 600 children" });
    const proposals = await proposalsForFact(admin, id);
    expect(proposals.map((p) => p.id)).toEqual(expect.arrayContaining(["numeric", "true-false"]));
    expect(proposals.find((p) => p.id === "numeric")!.key).toEqual({ value: 600, tolerance: 12, toleranceKind: "absolute" });

    const saved = await saveGeneratedDrafts(admin, id, ["numeric", "true-false"]);
    questionIds.push(...saved.map((s) => s.questionId));
    expect(saved).toHaveLength(2);
    const questions = await prisma.question.findMany({
      where: { id: { in: saved.map((s) => s.questionId) } },
      include: { versions: { include: { citations: { include: { evidence: true } } } } },
    });
    for (const q of questions) {
      expect(q.status).toBe("DRAFT");
      expect(q.authorId).toBe(admin.id);
      expect(q.versions).toHaveLength(1);
      expect(q.currentVersionId).toBe(q.versions[0].id);
      expect(q.versions[0].version).toBe(1);
      expect(q.versions[0].citations.map((c) => c.evidence.factId)).toEqual([id]);
    }
    expect(await prisma.auditEntry.count({ where: { action: "question.generate", entityId: { in: saved.map((s) => s.questionId) } } })).toBe(2);

    // Cited now: the claim cannot change, and the message says what to do instead.
    await expect(updateFact(admin, id, factInput(`${tag} The coalition brought back 700 children in 2024.`))).rejects.toThrow(
      "This fact is cited by 2 question versions, so its wording, kind, claimant and date cannot change: record a new fact instead.",
    );
    // The code alone may still change.
    await updateFact(admin, id, factInput(`${tag} The coalition brought back nearly 600 children in 2024.`, { code: `${tag}C` }));
    const fact = await getFactForEditing(admin, id);
    expect(fact).toMatchObject({ citedBy: 2, code: `${tag}C` });
    await expect(deleteEvidence(admin, fact!.evidence[0].id)).rejects.toThrow(/cited by 2 question versions.*add new evidence instead/);
  });

  it("refuses a proposal the fact no longer yields, saving nothing", async () => {
    const id = await newFact(`${tag} A fact with no figure at all.`, { kind: "FACT" });
    await attachEvidenceByQuote(admin, { ...fields(id), quote: "The coalition brought back" });
    const before = await prisma.question.count();
    await expect(saveGeneratedDrafts(admin, id, ["numeric"])).rejects.toThrow(/propose questions again/);
    expect(await prisma.question.count()).toBe(before);
  });

  it("edits and removes uncited evidence", async () => {
    const id = await newFact(`${tag} Editable fact.`);
    await updateFact(admin, id, factInput(`${tag} Editable fact, reworded.`, { asOf: parseAsOf("2024-06-03")! }));
    expect(await prisma.fact.findUniqueOrThrow({ where: { id } })).toMatchObject({ statement: `${tag} Editable fact, reworded.`, asOfPrecision: "DAY" });
    await attachEvidenceByQuote(admin, { ...fields(id), quote: "over 19,000" });
    const evidence = await prisma.evidence.findFirstOrThrow({ where: { factId: id } });
    await deleteEvidence(admin, evidence.id);
    expect(await prisma.evidence.count({ where: { factId: id } })).toBe(0);
  });
});
