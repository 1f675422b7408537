// Sources against the real database: adding one through the review, publishing, the text that
// never changes, a corrected revision that moves one quote and reports another, and refusals.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctSourceText, publishSource, saveSource, type SourceFormState } from "@/lib/actions/source-authoring";
import type { ActionContext, ActionOutcome } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { createSource, getSourceForAuthoring, listSourcesForAuthoring } from "@/lib/data/source-authoring";
import { correctSourceText as correct, getRecheckReport } from "@/lib/data/source-revisions";
import { parseSourceFields } from "@/lib/domain/source-input";
import { choicesFromForm } from "@/lib/domain/source-layout";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `src${randomBytes(3).toString("hex")}`;
let admin: CurrentUser;
let teacher: CurrentUser;
const sourceIds: string[] = [];
const factIds: string[] = [];
const questionIds: string[] = [];

beforeAll(async () => {
  const a = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.admin } });
  const t = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.teacher } });
  admin = { id: a.id, email: a.email, name: a.name, roles: a.roles };
  teacher = { id: t.id, email: t.email, name: t.name, roles: t.roles };
});
afterAll(async () => {
  await prisma.question.deleteMany({ where: { id: { in: questionIds } } });
  await prisma.fact.deleteMany({ where: { id: { in: factIds } } });
  // Newest revisions first: a revision keeps its predecessor.
  const mine = await prisma.source.findMany({ where: { title: { startsWith: tag } }, orderBy: { revision: "desc" }, select: { id: true } });
  for (const { id } of mine) await prisma.source.delete({ where: { id } });
  await prisma.$disconnect();
});

const context = (user: CurrentUser | null): ActionContext => ({ user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.9", deviceToken: null });
const formState = (o: ActionOutcome) => (o.ok ? (o.data as SourceFormState) : undefined);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const article = (title: string) =>
  [
    title,
    "Boats stayed in port on Monday. The mayor said the harbour would reopen on Friday.",
    "What the mayor said",
    "Read also: Harbour fees rise again",
    "Fishermen lost three days of work.",
  ].join("\n");
const layoutFields = { "role-1": "headline", "role-3": "heading", "noncitable-3": "on", "role-4": "teaser" };

async function addPublished(title: string) {
  const parsed = parseSourceFields({ mode: "text", title, url: "https://news.example/storm", text: article(title), status: "PUBLISHED" });
  if (!parsed.ok) throw new Error("fixture");
  const saved = await createSource(admin, parsed.value, choicesFromForm(layoutFields));
  sourceIds.push(saved.id);
  return saved;
}

describe("adding a source", () => {
  it("previews the split, then saves it as a draft with its sentences, teaser, hash and audit entry", async () => {
    const title = `${tag} Storm closes the harbour`;
    const fields = { mode: "text", title, publisher: "Harbour News", url: "https://news.example/storm", publishedAt: "2025-08-15", retrievedAt: "2025-08-16", text: article(title), status: "DRAFT", ...layoutFields };
    const preview = await saveSource.run(context(admin), { ...fields, intent: "preview" });
    const state = formState(preview)!;
    expect(state).toMatchObject({ refused: false, reviewed: sha256(article(title)), problems: [], fieldErrors: {} });
    expect(state.choices["3"]).toEqual({ role: "heading", citable: false });

    const saved = await saveSource.run(context(admin), { ...fields, intent: "save", reviewed: state.reviewed! });
    expect(saved.ok).toBe(true);
    const id = /^\/admin\/sources\/([a-z0-9]+)\?saved=1$/.exec(saved.effects?.redirectTo ?? "")![1];
    sourceIds.push(id);
    const row = await prisma.source.findUniqueOrThrow({ where: { id }, include: { sentences: { orderBy: { index: "asc" } }, relatedLinks: true } });
    expect(row).toMatchObject({ status: "DRAFT", publisher: "Harbour News", text: article(title), contentHash: sha256(article(title)), revision: 1, previousRevisionId: null });
    expect(row.publishedAt).toEqual(new Date("2025-08-15T00:00:00Z"));
    expect(row.sentences.map((s) => [s.index, s.kind, s.citable])).toEqual([
      [1, "HEADLINE", true],
      [2, "BODY", true],
      [3, "BODY", true],
      [4, "HEADING", false],
      [5, "BODY", true],
    ]);
    expect(row.relatedLinks.map((r) => r.title)).toEqual(["Read also: Harbour fees rise again"]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "source.create" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "Source", after: { status: "DRAFT", sentences: 5, notCitable: 1, teasers: 1 } });

    const listed = (await listSourcesForAuthoring(admin)).find((s) => s.id === id);
    expect(listed).toMatchObject({ revision: 1, status: "DRAFT", _count: { sentences: 5, evidence: 0 } });
  });

  it("saves a link-only source with no text and no sentences", async () => {
    const title = `${tag} A linked report`;
    const fields = { mode: "link", title, url: "https://example.org/report", status: "PUBLISHED" };
    const saved = await saveSource.run(context(admin), { ...fields, intent: "save" });
    const id = /^\/admin\/sources\/([a-z0-9]+)/.exec(saved.effects?.redirectTo ?? "")![1];
    sourceIds.push(id);
    expect(await prisma.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ text: null, contentHash: null, status: "PUBLISHED", url: "https://example.org/report" });
    expect(await prisma.sentence.count({ where: { sourceId: id } })).toBe(0);
  });

  it("refuses bad fields and keeps every field and line choice, saving nothing", async () => {
    const title = `${tag} Refused`;
    const before = await prisma.source.count({ where: { title } });
    const fields = { mode: "text", title, url: "javascript:alert(1)", publishedAt: "2025-02-30", text: article(title), status: "PUBLISHED", ...layoutFields };
    const outcome = await saveSource.run(context(admin), { ...fields, intent: "save", reviewed: sha256(article(title)) });
    const state = formState(outcome)!;
    expect(state.refused).toBe(true);
    expect(state.fieldErrors).toEqual({ url: ["Only http and https addresses are allowed."], publishedAt: ["Enter a real date (year-month-day)."] });
    expect(state.values).toMatchObject({ title, url: "javascript:alert(1)", text: article(title), status: "PUBLISHED" });
    expect(state.choices).toMatchObject({ "1": { role: "headline" }, "3": { role: "heading", citable: false }, "4": { role: "teaser" } });
    expect(await prisma.source.count({ where: { title } })).toBe(before);
  });

  it("refuses to save a text nobody previewed, or changed since its preview", async () => {
    const title = `${tag} Unreviewed`;
    const fields = { mode: "text", title, text: article(title), status: "DRAFT" };
    for (const reviewed of [undefined, sha256("another text")]) {
      const outcome = await saveSource.run(context(admin), { ...fields, intent: "save", ...(reviewed ? { reviewed } : {}) });
      expect(outcome.message).toBe("The text changed since the preview: check its lines below, then save.");
      expect(formState(outcome)).toMatchObject({ refused: true, reviewed: sha256(article(title)) });
    }
    expect(await prisma.source.count({ where: { title } })).toBe(0);
  });

  it("refuses two headlines, an over-long text and control characters", async () => {
    const title = `${tag} Problems`;
    const twoHeadlines = await saveSource.run(context(admin), { intent: "preview", mode: "text", title, text: article(title), "role-1": "headline", "role-2": "headline" });
    expect(formState(twoHeadlines)).toMatchObject({ refused: true, problems: ["Only one line can be the headline; lines 1, 2 are marked as headline."] });
    const long = await saveSource.run(context(admin), { intent: "preview", mode: "text", title, text: "word ".repeat(50_000) });
    expect(formState(long)?.fieldErrors.text?.[0]).toMatch(/^The text is 250,000 characters long; the limit is 200,000/);
    const nul = await saveSource.run(context(admin), { intent: "preview", mode: "text", title: `A\u0000B`, text: "ok" });
    expect(formState(nul)?.fieldErrors.title).toEqual(["Remove the invisible control characters and line breaks."]);
    const parsed = parseSourceFields({ mode: "text", title, text: article(title) });
    await expect(createSource(admin, parsed.ok ? parsed.value : (undefined as never), choicesFromForm({ "role-1": "headline", "role-2": "headline" }))).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses anyone but an admin, in the action and in the data layer", async () => {
    const parsed = parseSourceFields({ mode: "link", title: `${tag} Teacher's`, url: "https://example.org/" });
    if (!parsed.ok) throw new Error("fixture");
    await expect(createSource(teacher, parsed.value, new Map())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSource(null, parsed.value, new Map())).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listSourcesForAuthoring(teacher as Viewer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await saveSource.run(context(teacher), { intent: "save", mode: "link", title: `${tag} Teacher's`, url: "https://example.org/" })).toMatchObject({ ok: false, status: 403 });
    expect(await publishSource.run(context(teacher), { sourceId: sourceIds[0] })).toMatchObject({ ok: false, status: 403 });
    expect(await prisma.source.count({ where: { title: `${tag} Teacher's` } })).toBe(0);
  });
});

describe("publishing and the text that never changes", () => {
  it("publishes a draft once, audited, and the database then refuses any change to its text", async () => {
    const title = `${tag} To publish`;
    const parsed = parseSourceFields({ mode: "text", title, text: article(title), status: "DRAFT" });
    if (!parsed.ok) throw new Error("fixture");
    const { id } = await createSource(admin, parsed.value, choicesFromForm(layoutFields));
    sourceIds.push(id);
    // A draft's text may still be fixed in place.
    await prisma.source.update({ where: { id }, data: { text: article(title) } });
    expect(await publishSource.run(context(admin), { sourceId: id })).toMatchObject({ ok: true });
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "source.publish" } })).toBe(1);
    expect(await publishSource.run(context(admin), { sourceId: id })).toMatchObject({ ok: false, status: 409, message: "This source is published already." });
    await expect(prisma.source.update({ where: { id }, data: { text: "Something else" } })).rejects.toThrow(/published source's text cannot change/);
    expect((await prisma.source.findUniqueOrThrow({ where: { id } })).text).toBe(article(title));
    expect(await publishSource.run(context(admin), { sourceId: "clnosource00000000000000" })).toMatchObject({ ok: false, status: 404 });
  });
});

describe("correcting a published text", () => {
  it("moves the quote that still resolves (with its question) and reports the one that does not", async () => {
    const original = await addPublished(`${tag} Harbour`);
    const fact = await prisma.fact.create({ data: { statement: `${tag} Boats stayed in port`, kind: "FACT" } });
    factIds.push(fact.id);
    const text = article(`${tag} Harbour`);
    const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    const stays = await prisma.evidence.create({
      data: { factId: fact.id, sourceId: original.id, quote: "Boats stayed in port on Monday", ...span("Boats stayed in port on Monday"), stance: "SUPPORTS", note: "The opening line", claimant: "Harbour News" },
    });
    const goes = await prisma.evidence.create({ data: { factId: fact.id, sourceId: original.id, quote: "lost three days of work", ...span("lost three days of work") } });
    const question = await prisma.question.create({ data: { code: `${tag}-Q1`, status: "DRAFT" } });
    questionIds.push(question.id);
    const v1 = await prisma.questionVersion.create({
      data: {
        questionId: question.id,
        version: 1,
        type: "TRUE_FALSE",
        stem: "Boats stayed in port on Monday.",
        options: [],
        key: { value: true },
        explanation: "The article says so.",
        citations: { create: [{ evidenceId: stays.id, position: 0 }, { evidenceId: goes.id, position: 1 }] },
      },
    });
    await prisma.question.update({ where: { id: question.id }, data: { currentVersionId: v1.id } });

    const corrected = text.replace("Fishermen lost three days of work.", "Fishermen lost four days of work.");
    const parsed = parseSourceFields({ mode: "text", title: `${tag} Harbour`, url: "https://news.example/storm", text: corrected, status: "PUBLISHED" });
    if (!parsed.ok) throw new Error("fixture");
    const outcome = await correct(admin, original.id, parsed.value, choicesFromForm(layoutFields));
    sourceIds.push(outcome.id);
    expect(outcome).toMatchObject({ moved: 1, broken: 1, questions: 1, slug: `${original.slug}-r2` });

    const revision = await prisma.source.findUniqueOrThrow({ where: { id: outcome.id }, include: { evidence: true } });
    expect(revision).toMatchObject({ revision: 2, previousRevisionId: original.id, text: corrected, contentHash: sha256(corrected), status: "PUBLISHED" });
    expect(revision.evidence).toHaveLength(1);
    expect(revision.evidence[0]).toMatchObject({ factId: fact.id, quote: stays.quote, stance: "SUPPORTS", note: "The opening line", claimant: "Harbour News", previousEvidenceId: stays.id });
    expect(corrected.slice(revision.evidence[0].start!, revision.evidence[0].end!)).toBe(stays.quote);
    // The old revision keeps its text and its evidence.
    expect(await prisma.source.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ text, status: "PUBLISHED" });
    expect(await prisma.evidence.count({ where: { sourceId: original.id } })).toBe(2);

    // The question has a new current version citing the moved evidence; version 1 is as it was.
    const after = await prisma.question.findUniqueOrThrow({ where: { id: question.id }, include: { currentVersion: { include: { citations: { orderBy: { position: "asc" } } } } } });
    expect(after.currentVersion).toMatchObject({ version: 2, stem: v1.stem, type: "TRUE_FALSE", key: { value: true }, explanation: v1.explanation });
    expect(after.currentVersion!.citations.map((c) => c.evidenceId)).toEqual([revision.evidence[0].id, goes.id]);
    expect((await prisma.citation.findMany({ where: { questionVersionId: v1.id }, orderBy: { position: "asc" } })).map((c) => c.evidenceId)).toEqual([stays.id, goes.id]);
    expect(await prisma.auditEntry.count({ where: { action: "source.revise", entityId: outcome.id } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "question.version", entityId: after.currentVersionId! } })).toBe(1);

    const report = (await getRecheckReport(admin, outcome.id))!;
    expect(report.moved.map((m) => [m.id, m.sentence])).toEqual([[stays.id, 2]]);
    expect(report.broken).toHaveLength(1);
    expect(report.broken[0]).toMatchObject({ id: goes.id, quote: "lost three days of work", fact: { id: fact.id } });
    expect(report.broken[0].message).toMatch(/does not occur/);
    expect(report.broken[0].questions).toEqual([{ id: question.id, code: `${tag}-Q1`, version: 2, stem: v1.stem }]);

    const page = (await getSourceForAuthoring(admin, outcome.id))!;
    expect(page.previousRevision?.id).toBe(original.id);
    expect((await getSourceForAuthoring(admin, original.id))!.nextRevision?.id).toBe(outcome.id);

    // The old revision has its successor: a second correction of it is refused.
    await expect(correct(admin, original.id, parsed.value, choicesFromForm(layoutFields))).rejects.toBeInstanceOf(ConflictError);
  });

  it("reports a quote that now falls in a non-citable line, and refuses an unchanged text or a link-only source", async () => {
    const original = await addPublished(`${tag} Heading`);
    const fact = await prisma.fact.create({ data: { statement: `${tag} Fishermen lost work`, kind: "FACT" } });
    factIds.push(fact.id);
    const text = article(`${tag} Heading`);
    const quote = "Fishermen lost three days of work.";
    await prisma.evidence.create({ data: { factId: fact.id, sourceId: original.id, quote, start: text.indexOf(quote), end: text.length } });
    const parsed = parseSourceFields({ mode: "text", title: `${tag} Heading`, text: `${text}\nOne more line.`, status: "DRAFT" });
    const same = parseSourceFields({ mode: "text", title: `${tag} Heading`, text, status: "DRAFT" });
    if (!parsed.ok || !same.ok) throw new Error("fixture");
    await expect(correct(admin, original.id, same.value, choicesFromForm(layoutFields))).rejects.toThrow("The text is the same as this revision's: there is nothing to correct.");
    await expect(correct(teacher, original.id, parsed.value, choicesFromForm(layoutFields))).rejects.toBeInstanceOf(ForbiddenError);
    const outcome = await correct(admin, original.id, parsed.value, choicesFromForm({ ...layoutFields, "noncitable-5": "on" }));
    sourceIds.push(outcome.id);
    expect(outcome).toMatchObject({ moved: 0, broken: 1, questions: 0 });
    const report = (await getRecheckReport(admin, outcome.id))!;
    expect(report.broken[0].message).toMatch(/not citable/);

    const link = sourceIds[1];
    expect(await correctSourceText.run(context(admin), { intent: "preview", sourceId: link, title: "x", text: "y" })).toMatchObject({
      ok: false,
      status: 422,
      message: "A link-only source has no text to correct.",
    });
    expect(await prisma.source.count({ where: { previousRevisionId: link } })).toBe(0);
  });

  it("goes through the action: preview, then save, redirected to the re-check report", async () => {
    const original = await addPublished(`${tag} Via action`);
    const text = `${article(`${tag} Via action`)}\nA correction was added.`;
    const fields = { sourceId: original.id, title: `${tag} Via action`, text, status: "PUBLISHED", ...layoutFields };
    const preview = formState(await correctSourceText.run(context(admin), { ...fields, intent: "preview" }))!;
    expect(preview).toMatchObject({ refused: false, values: { mode: "text" } });
    const saved = await correctSourceText.run(context(admin), { ...fields, intent: "save", reviewed: preview.reviewed! });
    const id = /^\/admin\/sources\/([a-z0-9]+)\/recheck$/.exec(saved.effects?.redirectTo ?? "")![1];
    sourceIds.push(id);
    expect(await prisma.source.findUniqueOrThrow({ where: { id } })).toMatchObject({ revision: 2, previousRevisionId: original.id });
    expect(await correctSourceText.run(context(teacher), { ...fields, intent: "preview" })).toMatchObject({ ok: false, status: 403 });
  });
});

describe("a refused field does not undo the review", () => {
  it("saves after only the bad address is fixed, with the reviewed hash from the refusal", async () => {
    const title = `${tag} Fix the address`;
    const fields = { mode: "text", title, url: "ftp://news.example/", text: article(title), status: "DRAFT", ...layoutFields };
    const refused = formState(await saveSource.run(context(admin), { ...fields, intent: "preview" }))!;
    expect(refused).toMatchObject({ refused: true, reviewed: sha256(article(title)), fieldErrors: { url: ["Only http and https addresses are allowed."] } });
    const saved = await saveSource.run(context(admin), { ...fields, url: "https://news.example/", intent: "save", reviewed: refused.reviewed! });
    const id = /^\/admin\/sources\/([a-z0-9]+)/.exec(saved.effects?.redirectTo ?? "")![1];
    sourceIds.push(id);
    expect(await prisma.sentence.count({ where: { sourceId: id, citable: false } })).toBe(1);
  });
});
