// Writing questions against the real database: each of the seven types created through the
// form's path, publishing refused without a citation that resolves, edits that replace an unseen
// version or add a new one (responses, a published set, an assignment), retiring, the audit, who
// may write, and bad input through the action.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeQuestionStatus, saveQuestionForm, type QuestionFormResult } from "@/lib/actions/question-authoring";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { createQuestion, getQuestionForEditing, listEvidenceChoices, saveQuestion, setQuestionStatus } from "@/lib/data/question-authoring";
import { draftFromVersion, draftToFields, draftToInput, emptyDraft, type QuestionDraft, type QuestionInput } from "@/lib/domain/question-form";
import { questionTypeNames, type QuestionType } from "@/lib/domain/question-types";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `qa${randomBytes(3).toString("hex")}`;
let admin: CurrentUser;
let teacher: CurrentUser;
let student: Viewer;
/** Evidence whose quote resolves (span in a stored text), a link-only one, and one that no longer resolves. */
const evidence = { resolving: "", linkOnly: "", broken: "" };
const createdQuestions: string[] = [];
const createdSets: string[] = [];

const text = `The leaders met in Anchorage on 15 August. The talks lasted about three hours. ${tag}`;

beforeAll(async () => {
  const toUser = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, email: u.email, name: u.name, roles: u.roles };
  };
  admin = await toUser(actorEmails.admin);
  teacher = await toUser(actorEmails.teacher);
  student = await toUser(actorEmails.student);
  const source = await prisma.source.create({ data: { slug: `${tag}-article`, title: `Article ${tag}`, publisher: "Test Desk", text, status: "PUBLISHED" } });
  const linked = await prisma.source.create({ data: { slug: `${tag}-linked`, title: `Linked ${tag}`, url: "https://news.example/story" } });
  const fact = await prisma.fact.create({ data: { statement: `The talks lasted about three hours (${tag}).`, kind: "FIGURE" } });
  const start = text.indexOf("about three hours");
  evidence.resolving = (await prisma.evidence.create({ data: { factId: fact.id, sourceId: source.id, quote: "about three hours", start, end: start + 17 } })).id;
  evidence.linkOnly = (await prisma.evidence.create({ data: { factId: fact.id, sourceId: linked.id, quote: "the talks ran for nearly three hours" } })).id;
  evidence.broken = (await prisma.evidence.create({ data: { factId: fact.id, sourceId: source.id, quote: "four hours", start: 0, end: 10 } })).id;
});

afterAll(async () => {
  await prisma.attempt.deleteMany({ where: { quizSetId: { in: createdSets } } });
  await prisma.quizSet.deleteMany({ where: { id: { in: createdSets } } });
  await prisma.question.updateMany({ where: { id: { in: createdQuestions } }, data: { status: "DRAFT", currentVersionId: null } });
  await prisma.question.deleteMany({ where: { id: { in: createdQuestions } } });
  await prisma.evidence.deleteMany({ where: { fact: { statement: { contains: tag } } } });
  await prisma.fact.deleteMany({ where: { statement: { contains: tag } } });
  await prisma.source.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.$disconnect();
});

/** A complete draft of each type, as an author would fill the form in. */
function filledDraft(type: QuestionType, citations: string[] = [evidence.resolving]): QuestionDraft {
  const draft: QuestionDraft = { ...emptyDraft(type), stem: `How long did the talks last? (${type} ${tag})`, explanation: "The article says **about three hours**.", tags: "alaska, Summit", citations };
  const texts = (rows: QuestionDraft["rows"], words: string[]) => rows.map((r, i) => ({ ...r, text: words[i] ?? `Option ${i}` }));
  switch (type) {
    case "SINGLE_CHOICE":
      return { ...draft, rows: texts(draft.rows, ["One hour", "About three hours", "Two days"]), correct: ["b"] };
    case "MULTIPLE_SELECT":
      return { ...draft, rows: texts(draft.rows, ["About three hours", "Almost three hours", "Ten hours"]), correct: ["a", "b"] };
    case "TRUE_FALSE":
      return { ...draft, correct: ["true"], feedbackFalse: "They lasted about three hours." };
    case "NUMERIC":
      return { ...draft, value: "3", tolerance: "0.5", unit: "hours" };
    case "SHORT_TEXT":
      return { ...draft, accepted: "three hours\n3 hours" };
    case "ORDERING":
      return { ...draft, rows: texts(draft.rows, ["Arrival", "Talks", "Press conference"]).map((r, i) => ({ ...r, shown: String(3 - i) })) };
    case "MATCHING":
      return { ...draft, rows: texts(draft.rows, ["Talks", "Meeting place"]).map((r, i) => ({ ...r, match: i === 0 ? "c" : "d" })), answers: texts(draft.answers, ["About three hours", "Anchorage"]) };
  }
}

function inputOf(draft: QuestionDraft): QuestionInput {
  const checked = draftToInput(draft);
  if (!checked.ok) throw new Error(JSON.stringify(checked.fieldErrors));
  return checked.input;
}

async function created(type: QuestionType, citations?: string[]) {
  const { id } = await createQuestion(admin, inputOf(filledDraft(type, citations)));
  createdQuestions.push(id);
  return id;
}

const context = (user: CurrentUser | null): ActionContext => ({ user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.9", deviceToken: null });

describe("createQuestion", () => {
  it.each(questionTypeNames)("creates a %s draft with version 1, its citations and an audit entry; the editor reads it back", async (type) => {
    const id = await created(type);
    const question = await prisma.question.findUniqueOrThrow({ where: { id }, include: { currentVersion: { include: { citations: true } } } });
    expect(question).toMatchObject({ status: "DRAFT", authorId: admin.id, currentVersion: { version: 1, type, points: 1, difficulty: 2, tags: ["alaska", "summit"] } });
    expect(question.currentVersion!.citations.map((c) => c.evidenceId)).toEqual([evidence.resolving]);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "question.create", actorId: admin.id } })).toBe(1);
    const editing = await getQuestionForEditing(admin, id);
    expect(inputOf(draftFromVersion(editing.current))).toEqual(inputOf(filledDraft(type)));
  });

  it("refuses a citation that does not exist, writing nothing", async () => {
    const before = await prisma.question.count();
    await expect(createQuestion(admin, inputOf(filledDraft("TRUE_FALSE", ["clnoevidence000000000000"])))).rejects.toMatchObject({ fieldErrors: { citations: [expect.stringMatching(/no longer exists/)] } });
    expect(await prisma.question.count()).toBe(before);
  });

  it("is for admins only", async () => {
    await expect(createQuestion(teacher, inputOf(filledDraft("TRUE_FALSE")))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createQuestion(student, inputOf(filledDraft("TRUE_FALSE")))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createQuestion(null, inputOf(filledDraft("TRUE_FALSE")))).rejects.toBeInstanceOf(UnauthenticatedError);
    const id = await created("TRUE_FALSE");
    await expect(saveQuestion(teacher, id, inputOf(filledDraft("TRUE_FALSE")))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setQuestionStatus(teacher, id, "RETIRED")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getQuestionForEditing(student, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listEvidenceChoices(teacher)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("publishing", () => {
  it("is refused without a citation, or when no cited quote resolves", async () => {
    const none = await created("SINGLE_CHOICE", []);
    await expect(setQuestionStatus(admin, none, "PUBLISHED")).rejects.toThrow(/Cite at least one quote/);
    const broken = await created("SINGLE_CHOICE", [evidence.broken]);
    await expect(setQuestionStatus(admin, broken, "PUBLISHED")).rejects.toThrow(/None of the cited quotes/);
    expect((await prisma.question.findUniqueOrThrow({ where: { id: broken } })).status).toBe("DRAFT");
  });

  it("succeeds with a resolving quote or a link-only source's phrase, and is audited", async () => {
    const id = await created("NUMERIC", [evidence.broken, evidence.resolving]);
    await setQuestionStatus(admin, id, "PUBLISHED");
    expect((await prisma.question.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    expect(await prisma.auditEntry.findFirst({ where: { entityId: id, action: "question.status" } })).toMatchObject({ before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
    const linked = await created("TRUE_FALSE", [evidence.linkOnly]);
    await setQuestionStatus(admin, linked, "PUBLISHED");
    expect((await prisma.question.findUniqueOrThrow({ where: { id: linked } })).status).toBe("PUBLISHED");
  });

  it("a published question cannot be saved without a resolving citation", async () => {
    const id = await created("SHORT_TEXT");
    await setQuestionStatus(admin, id, "PUBLISHED");
    await expect(saveQuestion(admin, id, inputOf(filledDraft("SHORT_TEXT", [evidence.broken])))).rejects.toBeInstanceOf(ValidationError);
  });

  it("retiring keeps every version; the question can be published again", async () => {
    const id = await created("MATCHING");
    await setQuestionStatus(admin, id, "PUBLISHED");
    await setQuestionStatus(admin, id, "RETIRED");
    const question = await prisma.question.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(question.status).toBe("RETIRED");
    expect(question.versions).toHaveLength(1);
    await setQuestionStatus(admin, id, "PUBLISHED");
  });
});

describe("saving an edit", () => {
  const edited = (type: QuestionType) => ({ ...filledDraft(type), stem: `Edited (${type} ${tag})` });

  it("replaces a version no one has seen: same number, new row, no other version", async () => {
    const id = await created("SINGLE_CHOICE");
    const before = await prisma.question.findUniqueOrThrow({ where: { id } });
    expect(await saveQuestion(admin, id, inputOf(edited("SINGLE_CHOICE")))).toEqual({ mode: "replace", version: 1 });
    const after = await prisma.question.findUniqueOrThrow({ where: { id }, include: { versions: true, currentVersion: true } });
    expect(after.versions).toHaveLength(1);
    expect(after.currentVersionId).not.toBe(before.currentVersionId);
    expect(after.currentVersion).toMatchObject({ version: 1, stem: `Edited (SINGLE_CHOICE ${tag})` });
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "question.edit" } })).toBe(1);
  });

  it("replaces an unseen version of a published question, which stays published", async () => {
    const id = await created("TRUE_FALSE");
    await setQuestionStatus(admin, id, "PUBLISHED");
    expect(await saveQuestion(admin, id, inputOf(edited("TRUE_FALSE")))).toEqual({ mode: "replace", version: 1 });
    expect((await prisma.question.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("adds version 2 when the current version has a response, keeping version 1 as it was", async () => {
    const id = await created("NUMERIC");
    const v1 = (await prisma.question.findUniqueOrThrow({ where: { id } })).currentVersionId!;
    const set = await prisma.quizSet.create({ data: { slug: `${tag}-draft-set-${id}`, title: "Draft set", status: "DRAFT" } });
    createdSets.push(set.id);
    const attempt = await prisma.attempt.create({ data: { userId: student.id, quizSetId: set.id } });
    await prisma.response.create({ data: { attemptId: attempt.id, position: 0, questionVersionId: v1, answer: { value: 3 } } });
    expect(await saveQuestion(admin, id, inputOf(edited("NUMERIC")))).toEqual({ mode: "new-version", version: 2 });
    const question = await prisma.question.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(question.versions.map((v) => [v.version, v.stem])).toEqual([
      [1, `How long did the talks last? (NUMERIC ${tag})`],
      [2, `Edited (NUMERIC ${tag})`],
    ]);
    expect(question.currentVersionId).toBe(question.versions[1].id);
    const editing = await getQuestionForEditing(admin, id);
    expect(editing.versions.map((v) => [v.version, v.responses, v.current])).toEqual([
      [2, 0, true],
      [1, 1, false],
    ]);
    // Version 2 has no responses yet: the next edit replaces it.
    expect(await saveQuestion(admin, id, inputOf(edited("NUMERIC")))).toEqual({ mode: "replace", version: 2 });
  });

  it("adds a version when the question sits in a published set", async () => {
    const id = await created("ORDERING");
    const set = await prisma.quizSet.create({ data: { slug: `${tag}-published-set`, title: "Published set", status: "PUBLISHED", items: { create: { questionId: id, position: 0 } } } });
    createdSets.push(set.id);
    expect((await getQuestionForEditing(admin, id)).use).toEqual({ responses: 0, inPublishedSets: 1, inAssignments: 0 });
    expect(await saveQuestion(admin, id, inputOf(edited("ORDERING")))).toEqual({ mode: "new-version", version: 2 });
    expect(await prisma.auditEntry.findFirst({ where: { entityId: id, action: "question.version" } })).toMatchObject({ before: { version: 1 }, after: { version: 2, mode: "new-version" } });
  });

  it("404s a question that does not exist or an id that cannot be one", async () => {
    await expect(saveQuestion(admin, "clnoquestion000000000000", inputOf(edited("SINGLE_CHOICE")))).rejects.toThrow(/was not found/);
    await expect(getQuestionForEditing(admin, "../x")).rejects.toThrow(/was not found/);
  });
});

describe("the actions", () => {
  it("refuses a bad form with messages on its fields and sends back everything typed", async () => {
    const draft = { ...filledDraft("MULTIPLE_SELECT"), correct: [], explanation: "x".repeat(3000), points: "lots" };
    const outcome = await saveQuestionForm.run(context(admin), { ...draftToFields(draft), intent: "save" });
    expect(outcome.ok).toBe(true);
    const result = (outcome as { data: QuestionFormResult }).data;
    expect(result.kind).toBe("refused");
    expect(result.fieldErrors).toMatchObject({ correct: ["Tick at least one right answer."], points: ["Points must be a whole number from 1 to 100."] });
    expect(result.draft).toEqual({ ...draft, citationQuery: "" });
    expect(await prisma.questionVersion.count({ where: { stem: draft.stem, question: { id: { notIn: createdQuestions } } } })).toBe(0);
  });

  it("creates through the form and redirects to the new question; edits and reports a new version", async () => {
    const draft = { ...filledDraft("SHORT_TEXT"), stem: `Via the action ${tag}` };
    const outcome = await saveQuestionForm.run(context(admin), { ...draftToFields(draft), intent: "save" });
    const path = outcome.ok ? outcome.effects?.redirectTo : undefined;
    expect(path).toMatch(/^\/admin\/questions\/[a-z0-9]+\?created=1$/);
    const id = path!.split("/")[3].split("?")[0];
    createdQuestions.push(id);
    const edit = await saveQuestionForm.run(context(admin), { ...draftToFields({ ...draft, stem: `Edited via the action ${tag}` }), questionId: id, intent: "save" });
    expect(edit).toMatchObject({ ok: true, message: expect.stringMatching(/^Saved \(version 1/) });
  });

  it("applies a row edit without saving", async () => {
    const outcome = await saveQuestionForm.run(context(admin), { ...draftToFields(filledDraft("SINGLE_CHOICE")), intent: "remove:rows:0" });
    const result = (outcome as { data: QuestionFormResult }).data;
    expect(result.kind).toBe("edited");
    expect(result.draft.rows.map((r) => r.text)).toEqual(["About three hours", "Two days"]);
  });

  it("refuses non-admins and a bad status", async () => {
    expect(await saveQuestionForm.run(context(teacher), { ...draftToFields(filledDraft("TRUE_FALSE")), intent: "save" })).toMatchObject({ ok: false, status: 403 });
    expect(await saveQuestionForm.run(context(null), { intent: "save" })).toMatchObject({ ok: false, status: 401 });
    const id = await created("TRUE_FALSE");
    expect(await changeQuestionStatus.run(context(admin), { questionId: id, status: "DELETED" })).toMatchObject({ ok: false, status: 422, fieldErrors: { status: expect.any(Array) } });
    expect(await changeQuestionStatus.run(context(admin), { questionId: id, status: "PUBLISHED" })).toMatchObject({ ok: true, message: "Published." });
    expect(await saveQuestionForm.run(context(admin), { questionId: "../../etc", intent: "save" })).toMatchObject({ ok: false, status: 422 });
  });
});

describe("listEvidenceChoices", () => {
  it("lists quotes with their fact and source, and whether each resolves", async () => {
    const choices = await listEvidenceChoices(admin);
    const mine = choices.filter((c) => [evidence.resolving, evidence.linkOnly, evidence.broken].includes(c.id));
    expect(Object.fromEntries(mine.map((c) => [c.id, c.resolves]))).toEqual({ [evidence.resolving]: true, [evidence.linkOnly]: true, [evidence.broken]: false });
    const resolving = mine.find((c) => c.id === evidence.resolving)!;
    expect(resolving.citation).toMatchObject({ quote: "about three hours", source: { title: `Article ${tag}` }, readerHref: null });
    expect(mine.find((c) => c.id === evidence.linkOnly)!.citation.externalHref).toMatch(/^https:\/\/news\.example\/story#:~:text=/);
  });
});
