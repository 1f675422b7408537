// GIFT export and import against the real database: a seeded set exported and imported again
// gives the same content as drafts with the same citations; a bad file imports nothing; only
// admins export, preview or import; the action's preview → import round trip.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importGiftFile, type GiftImportResult } from "@/lib/actions/gift-transfer";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { exportGift } from "@/lib/data/gift-export";
import { importGift, previewGiftImport } from "@/lib/data/gift-import";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `gift${randomBytes(3).toString("hex")}`;
const seededSet = "alaska-summit-practice";
let admin: CurrentUser;
let teacher: Viewer;
let student: CurrentUser;
const imported: string[] = [];

beforeAll(async () => {
  const find = (email: string) => prisma.user.findUniqueOrThrow({ where: { email } });
  const [a, t, s] = await Promise.all([find(actorEmails.admin), find(actorEmails.teacher), find(actorEmails.student)]);
  admin = { id: a.id, email: a.email, name: a.name, roles: a.roles };
  teacher = { id: t.id, roles: t.roles };
  student = { id: s.id, email: s.email, name: s.name, roles: s.roles };
});

afterAll(async () => {
  const sets = await prisma.quizSet.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } });
  await prisma.quizItem.deleteMany({ where: { OR: [{ quizSetId: { in: sets.map((s) => s.id) } }, { questionId: { in: imported } }] } });
  await prisma.quizSet.deleteMany({ where: { id: { in: sets.map((s) => s.id) } } });
  await prisma.question.updateMany({ where: { id: { in: imported } }, data: { currentVersionId: null, status: "DRAFT" } });
  await prisma.question.deleteMany({ where: { id: { in: imported } } });
  await prisma.$disconnect();
});

const versionSelect = {
  type: true,
  stem: true,
  options: true,
  key: true,
  feedback: true,
  explanation: true,
  points: true,
  difficulty: true,
  tags: true,
  citations: { orderBy: { position: "asc" as const }, select: { evidenceId: true, position: true } },
};

describe("GIFT export then import", () => {
  it("gives the seeded set's questions back as drafts with the same content and citations, ordering questions named as skipped", async () => {
    const set = await prisma.quizSet.findUniqueOrThrow({
      where: { slug: seededSet },
      select: { items: { orderBy: { position: "asc" }, select: { question: { select: { code: true, currentVersion: { select: versionSelect } } } } } },
    });
    const exported = await exportGift(admin, { kind: "set", slug: seededSet });
    expect(exported.fileName).toMatch(/^alaska-summit-practice-\d{4}-\d{2}-\d{2}\.gift\.txt$/);
    const ordering = set.items.filter((i) => i.question.currentVersion!.type === "ORDERING").map((i) => i.question.code);
    expect(exported.skipped.map((s) => s.question)).toEqual(ordering);
    for (const code of ordering) expect(exported.text).toContain(`// Not exported: ${code}: ordering questions have no GIFT form.`);

    const preview = await previewGiftImport(admin, exported.text);
    expect(preview.errors).toEqual([]);
    expect(preview.questions.every((q) => q.resolvedCitations === q.citations && q.citations > 0)).toBe(true);
    // The codes exist here already, so the drafts come without them (and say so).
    expect(preview.warnings.filter((w) => /is taken here/.test(w.message))).toHaveLength(preview.questions.length);

    const outcome = await importGift(admin, exported.text, { kind: "new-set", title: `${tag} round trip` });
    if (!outcome.imported) throw new Error(`expected an import: ${JSON.stringify(outcome.preview.errors)}`);
    imported.push(...outcome.questions.map((q) => q.id));
    expect(outcome.quizSet?.slug).toBe(`${tag}-round-trip`);

    const originals = set.items.map((i) => i.question.currentVersion!).filter((v) => v.type !== "ORDERING");
    const drafts = await prisma.question.findMany({
      where: { id: { in: outcome.questions.map((q) => q.id) } },
      select: { id: true, code: true, status: true, authorId: true, currentVersion: { select: versionSelect } },
    });
    const byId = new Map(drafts.map((d) => [d.id, d]));
    const inOrder = outcome.questions.map((q) => byId.get(q.id)!);
    expect(inOrder.map((d) => ({ status: d.status, code: d.code, authorId: d.authorId }))).toEqual(originals.map(() => ({ status: "DRAFT", code: null, authorId: admin.id })));
    expect(inOrder.map((d) => d.currentVersion)).toEqual(originals);

    const newSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: outcome.quizSet!.slug }, select: { status: true, items: { orderBy: { position: "asc" }, select: { questionId: true, position: true } } } });
    expect(newSet.status).toBe("DRAFT");
    expect(newSet.items).toEqual(outcome.questions.map((q, position) => ({ questionId: q.id, position })));

    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "ContentImport", entityId: outcome.importId } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "content.import.gift", after: expect.objectContaining({ format: "GIFT", questions: outcome.questions.map((q) => q.id) }) });
  });

  it("appends to an existing set after its last question, and imports without a citation that is not here (with a warning)", async () => {
    const first = await importGift(admin, `::A::${tag} first? {T}`, { kind: "new-set", title: `${tag} append` });
    if (!first.imported) throw new Error("expected an import");
    imported.push(...first.questions.map((q) => q.id));
    const text = `// cited: {"cite":[{"fact":"F999","source":"nowhere","quote":"not here"}]}\n::B::${tag} second? {F}`;
    const preview = await previewGiftImport(admin, text);
    expect(preview.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^the citation F999 in nowhere \(“not here”\) is not in this instance/)]);
    const second = await importGift(admin, text, { kind: "set", slug: first.quizSet!.slug });
    if (!second.imported) throw new Error("expected an import");
    imported.push(...second.questions.map((q) => q.id));
    expect(second.questions[0].citations).toBe(0);
    const items = await prisma.quizItem.findMany({ where: { quizSet: { slug: first.quizSet!.slug } }, orderBy: { position: "asc" }, select: { questionId: true } });
    expect(items.map((i) => i.questionId)).toEqual([first.questions[0].id, second.questions[0].id]);
    await expect(importGift(admin, text, { kind: "set", slug: `${tag}-no-such-set` })).rejects.toBeInstanceOf(NotFoundError);
  });

  // Facts recorded in the browser need no code: their citations travel by source and quote, and
  // come back when exactly one fact of that source quotes those words (found by the authoring
  // journey, tests/e2e/authoring-journey.spec.ts, whose round trip lost every citation).
  it("keeps the citations of facts without a code, by source and quote, unless two facts quote the same words there", async () => {
    const text = `The ferry carried 48,200 passengers. ${tag} reported it.`;
    const source = await prisma.source.create({ data: { slug: `${tag}-ferry`, title: `Ferry ${tag}`, text, status: "PUBLISHED" } });
    const quote = "carried 48,200 passengers";
    const start = text.indexOf(quote);
    const fact = await prisma.fact.create({ data: { statement: `The ferry carried 48,200 passengers (${tag}).`, kind: "FIGURE" } });
    const evidence = await prisma.evidence.create({ data: { factId: fact.id, sourceId: source.id, quote, start, end: start + quote.length } });
    const question = await prisma.question.create({ data: { status: "DRAFT" } });
    const version = await prisma.questionVersion.create({
      data: { questionId: question.id, version: 1, type: "TRUE_FALSE", stem: `${tag} the ferry carried 48,200 passengers.`, options: {}, key: { correct: true }, explanation: "", citations: { create: [{ evidenceId: evidence.id, position: 0 }] } },
    });
    await prisma.question.update({ where: { id: question.id }, data: { currentVersionId: version.id, status: "PUBLISHED" } });
    imported.push(question.id);
    await prisma.quizSet.create({ data: { slug: `${tag}-uncoded`, title: `${tag} uncoded`, status: "PUBLISHED", items: { create: { questionId: question.id, position: 0 } } } });

    const exported = await exportGift(admin, { kind: "set", slug: `${tag}-uncoded` });
    expect(exported.notes).toEqual([]);
    expect(exported.text).toContain(`"cite":[{"source":"${tag}-ferry","quote":"${quote}"}]`);
    const outcome = await importGift(admin, exported.text, { kind: "bank" });
    if (!outcome.imported) throw new Error("expected an import");
    imported.push(...outcome.questions.map((q) => q.id));
    const draft = await prisma.question.findUniqueOrThrow({ where: { id: outcome.questions[0].id }, select: { currentVersion: { select: { citations: { select: { evidenceId: true } } } } } });
    expect(draft.currentVersion!.citations).toEqual([{ evidenceId: evidence.id }]);

    // A second fact quoting the same words in the same source: which one is meant is unknown.
    const twin = await prisma.fact.create({ data: { statement: `The ferry was busy (${tag}).`, kind: "FACT" } });
    await prisma.evidence.create({ data: { factId: twin.id, sourceId: source.id, quote, start, end: start + quote.length } });
    const preview = await previewGiftImport(admin, exported.text);
    expect(preview.questions.map((q) => [q.citations, q.resolvedCitations])).toEqual([[1, 0]]);
    expect(preview.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/names no fact, and no single fact quotes those words there/)]);
  });

  it("imports nothing from a file with one bad question among good ones", async () => {
    const text = `::Good::${tag} good one? {T}\n\n::Bad::${tag} essay {}\n\n::Also good::${tag} also? {=yes ~no}`;
    const outcome = await importGift(admin, text, { kind: "new-set", title: `${tag} bad` });
    expect(outcome).toMatchObject({ imported: false, preview: { errors: [{ line: 3, message: expect.stringMatching(/essay/) }] } });
    expect(await prisma.questionVersion.count({ where: { stem: { startsWith: tag } , question: { id: { notIn: imported } } } })).toBe(0);
    expect(await prisma.quizSet.count({ where: { slug: `${tag}-bad` } })).toBe(0);
  });

  it("refuses everyone but admins", async () => {
    await expect(exportGift(null, { kind: "bank" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(exportGift(teacher, { kind: "set", slug: seededSet })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewGiftImport(teacher, "Ok? {T}")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importGift(teacher, `${tag} teacher? {T}`, { kind: "bank" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.questionVersion.count({ where: { stem: `${tag} teacher?` } })).toBe(0);
  });

  it("exports the whole bank, every question with a current version", async () => {
    const bank = await exportGift(admin, { kind: "bank" });
    const withVersion = await prisma.question.count({ where: { currentVersionId: { not: null } } });
    expect(bank.fileName).toMatch(/^question-bank-/);
    expect(bank.written + bank.skipped.length).toBeGreaterThan(0);
    expect(bank.written + bank.skipped.length).toBeLessThanOrEqual(withVersion);
  });

  it("refuses to export a set that does not exist, or a teacher's own set", async () => {
    await expect(exportGift(admin, { kind: "set", slug: `${tag}-no-such-set` })).rejects.toBeInstanceOf(NotFoundError);
    const own = await prisma.quizSet.create({ data: { slug: `${tag}-teachers-own`, title: "A teacher's own set", ownerId: teacher.id } });
    await expect(exportGift(admin, { kind: "set", slug: own.slug })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("importGiftFile action", () => {
  const context = (user: CurrentUser | null): ActionContext => ({ user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.41", deviceToken: null });

  it("previews an uploaded file, then imports the previewed text", async () => {
    const form = new FormData();
    form.set("step", "preview");
    form.set("file", new File([`\uFEFF::One::${tag} action? {T}\n`], "questions.gift.txt", { type: "text/plain" }));
    const preview = await importGiftFile.run(context(admin), form);
    const data = (preview.ok ? preview.data : undefined) as Extract<GiftImportResult, { kind: "preview" }>;
    expect(data.preview.questions).toHaveLength(1);
    expect(data.text).toContain(`${tag} action?`);
    const done = await importGiftFile.run(context(admin), { step: "confirm", gift: data.text!, target: "bank" });
    const result = (done.ok ? done.data : undefined) as Extract<GiftImportResult, { kind: "imported" }>;
    expect(result.kind).toBe("imported");
    imported.push(...result.questions.map((q) => q.id));
  });

  it("shows line errors and no import text for a bad file; refuses a file too big, not UTF-8, or missing; refuses a student", async () => {
    const bad = await importGiftFile.run(context(admin), { step: "preview", gift: "Ok? {T}\n\nGrant is {=entombed ~buried} in the tomb." });
    expect(bad).toMatchObject({ ok: true, data: { kind: "preview", text: null, preview: { errors: [{ line: 3 }] } } });
    const big = new FormData();
    big.set("step", "preview");
    big.set("file", new File(["x".repeat(256 * 1024 + 1)], "big.txt"));
    expect(await importGiftFile.run(context(admin), big)).toMatchObject({ ok: false, status: 422, fieldErrors: { file: [expect.stringMatching(/at most 256 KB/)] } });
    const latin1 = new FormData();
    latin1.set("step", "preview");
    latin1.set("file", new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3f, 0x7b, 0x54, 0x7d])], "latin1.txt"));
    expect(await importGiftFile.run(context(admin), latin1)).toMatchObject({ ok: false, status: 422, fieldErrors: { file: [expect.stringMatching(/not UTF-8/)] } });
    expect(await importGiftFile.run(context(admin), { step: "preview", gift: "  " })).toMatchObject({ ok: false, status: 422 });
    const noTitle = await importGiftFile.run(context(admin), { step: "confirm", gift: `${tag} untitled? {T}`, target: "new-set", setTitle: " " });
    expect(noTitle).toMatchObject({ ok: true, message: "Give the new quiz set a title.", data: { kind: "preview", problem: "Give the new quiz set a title." } });
    expect(await prisma.questionVersion.count({ where: { stem: `${tag} untitled?` } })).toBe(0);
    expect(await importGiftFile.run(context(student), { step: "preview", gift: "Ok? {T}" })).toMatchObject({ ok: false, status: 403 });
    expect(await importGiftFile.run(context(null), { step: "preview", gift: "Ok? {T}" })).toMatchObject({ ok: false, status: 401 });
  });
});
