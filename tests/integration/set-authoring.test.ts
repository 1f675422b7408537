// The admins' question bank and quiz sets against the real database: the bank's filters, bulk
// add (skipping what is there), ordering (positions stay unique and 0…n-1), the set checker before
// publishing, public practice, and every refusal (non-admins, forged ids, a teacher's set).
// Each test makes its own rows, named with this run's tag.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { searchBank } from "@/lib/data/question-bank-search";
import { checkQuizSet } from "@/lib/data/set-check";
import { addQuestionsToSet, createAdminSet, getAdminSet, listAdminSets, moveSetItem, removeSetItem, reorderSet, setPublic, setPublished, updateAdminSet } from "@/lib/data/set-authoring";
import { listQuizSets } from "@/lib/data/quiz-sets";
import { createTeacherQuizSet, getQuizSetForBuilder } from "@/lib/data/teacher-quiz-sets";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { testPrisma } from "@/tests/helpers/database";
import { actorEmails } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
const run = randomBytes(4).toString("hex");
const users: Record<"admin" | "teacher" | "student", CurrentUser> = {} as never;
const madeSets: string[] = [];
const madeQuestions: string[] = [];
let resolvingEvidenceId = "";
let brokenEvidenceId = "";
let factCode = "";

async function asUser(email: string): Promise<CurrentUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles };
}

beforeAll(async () => {
  users.admin = await asUser(actorEmails.admin);
  users.teacher = await asUser(actorEmails.teacher);
  users.student = await asUser(actorEmails.student);
  // A seeded citation of the article (its quote resolves), and a quote of ours that is not in it.
  const evidence = await prisma.evidence.findFirstOrThrow({ where: { source: { text: { not: null } }, fact: { code: { not: null } } }, include: { fact: true } });
  resolvingEvidenceId = evidence.id;
  factCode = evidence.fact.code!;
  brokenEvidenceId = (
    await prisma.evidence.create({ data: { factId: evidence.factId, sourceId: evidence.sourceId, quote: `words the article never says ${run}` } })
  ).id;
});

afterAll(async () => {
  await prisma.quizSet.deleteMany({ where: { id: { in: madeSets } } });
  await prisma.question.updateMany({ where: { id: { in: madeQuestions } }, data: { currentVersionId: null, status: "DRAFT" } });
  await prisma.question.deleteMany({ where: { id: { in: madeQuestions } } });
  await prisma.evidence.deleteMany({ where: { id: brokenEvidenceId } });
  await prisma.$disconnect();
});

let counter = 0;
/** A question of ours with one version: `cites` the evidence it cites (none, by default). */
async function makeQuestion(options: { stem?: string; status?: "DRAFT" | "PUBLISHED" | "RETIRED"; cites?: string[]; tags?: string[]; explanation?: string; optionText?: string } = {}) {
  const code = `ZS${run}-${++counter}`;
  const question = await prisma.question.create({ data: { code, status: "DRAFT" } });
  const version = await prisma.questionVersion.create({
    data: {
      questionId: question.id,
      version: 1,
      type: options.optionText ? "SINGLE_CHOICE" : "TRUE_FALSE",
      stem: options.stem ?? `True or false: statement ${code}.`,
      options: options.optionText ? { choices: [{ id: "a", text: options.optionText }, { id: "b", text: "Something else" }] } : {},
      key: options.optionText ? { correct: "a" } : { correct: true },
      explanation: options.explanation ?? "Because.",
      tags: options.tags ?? [],
      citations: { create: (options.cites ?? []).map((evidenceId, position) => ({ evidenceId, position })) },
    },
  });
  await prisma.question.update({ where: { id: question.id }, data: { currentVersionId: version.id, status: options.status ?? "PUBLISHED" } });
  madeQuestions.push(question.id);
  return { id: question.id, code };
}

async function makeSet(title = `Set ${run} ${++counter}`) {
  const set = await createAdminSet(users.admin, { title, description: "" });
  madeSets.push(set.id);
  return set;
}

async function positions(quizSetId: string) {
  return (await prisma.quizItem.findMany({ where: { quizSetId }, orderBy: { position: "asc" }, select: { questionId: true, position: true } }));
}

function context(user: CurrentUser | null): ActionContext {
  return { user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.11", deviceToken: null };
}

describe("the question bank", () => {
  it("finds questions by words of the stem, an option or the explanation, by tag, type, status, fact and source, a page at a time", async () => {
    const byStem = await makeQuestion({ stem: `Which harbour zq${run}stem hosted the talks?`, tags: [`tag${run}`], cites: [resolvingEvidenceId] });
    const byOption = await makeQuestion({ stem: "Where did they meet?", optionText: `Option zq${run}opt`, status: "DRAFT" });
    const byExplanation = await makeQuestion({ explanation: `The zq${run}expl reason.`, status: "RETIRED" });

    const ids = async (search: Parameters<typeof searchBank>[1]) => (await searchBank(users.admin, search)).rows.map((r) => r.id);
    expect(await ids({ q: `zq${run}stem` })).toEqual([byStem.id]);
    expect(await ids({ q: `zq${run}opt` })).toEqual([byOption.id]);
    expect(await ids({ q: `zq${run}expl` })).toEqual([byExplanation.id]);
    // The options' JSON keys are not words of the question.
    expect(await ids({ q: `choices`, status: "DRAFT", type: "SINGLE_CHOICE" })).not.toContain(byOption.id);
    expect(await ids({ q: `zq${run}`, status: "DRAFT" })).toEqual([byOption.id]);
    expect(await ids({ q: `zq${run}`, type: "TRUE_FALSE" })).toEqual([byStem.id, byExplanation.id]);
    expect(await ids({ tag: `TAG${run}` })).toEqual([byStem.id]);
    expect(await ids({ q: `zq${run}`, fact: factCode })).toEqual([byStem.id]);
    const source = await prisma.evidence.findUniqueOrThrow({ where: { id: resolvingEvidenceId }, select: { source: { select: { slug: true } } } });
    expect(await ids({ q: `zq${run}`, source: source.source.slug })).toEqual([byStem.id]);
    // A typed wildcard is a literal character.
    expect(await ids({ q: `zq${run}%` })).toEqual([]);

    const row = (await searchBank(users.admin, { q: `zq${run}stem` })).rows[0];
    expect(row).toMatchObject({ code: byStem.code, status: "PUBLISHED", type: "TRUE_FALSE", version: 1, facts: [factCode], tags: [`tag${run}`] });

    const all = await searchBank(users.admin, {});
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.rows.length).toBeLessThanOrEqual(25);
    const last = await searchBank(users.admin, { page: 100_000 });
    expect(last.page).toBe(last.pages);
  });

  it("is for admins only", async () => {
    await expect(searchBank(users.teacher, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchBank(null, {})).rejects.toThrow();
  });
});

describe("admins' quiz sets", () => {
  it("creates a set with a slug from its title, or the one given, and refuses a slug in use", async () => {
    const title = `Zeta Ärticle ${run}`;
    const first = await makeSet(title);
    expect(first.slug).toBe(`zeta-article-${run}`);
    const second = await makeSet(title);
    expect(second.slug).toBe(`zeta-article-${run}-2`);
    const given = await createAdminSet(users.admin, { title: "Other", slug: `given-${run}`, description: "d" });
    madeSets.push(given.id);
    expect(given.slug).toBe(`given-${run}`);
    const outcome = await actions.createAdminQuizSet.run(context(users.admin), { title: "Again", slug: `given-${run}` });
    expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { slug: [expect.stringContaining("used by another set")] } });
    const bad = await actions.createAdminQuizSet.run(context(users.admin), { title: "Bad", slug: "Not A Slug!" });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { slug: [expect.any(String)] } });
    expect((await listAdminSets(users.admin)).map((s) => s.id)).toEqual(expect.arrayContaining([first.id, second.id, given.id]));
  });

  it("adds ticked questions in order after the last one, skipping ones already there, with a message", async () => {
    const set = await makeSet();
    const [a, b, c] = [await makeQuestion(), await makeQuestion(), await makeQuestion()];
    expect(await addQuestionsToSet(users.admin, set.id, [a.id, b.id])).toMatchObject({ added: 2, alreadyThere: 0 });
    const outcome = await actions.addQuestionsToQuizSet.run(context(users.admin), { quizSetId: set.id, "questionIds[]": [b.id, c.id, a.id] });
    expect(outcome).toMatchObject({ ok: true, message: "Added 1 question to the set. Skipped 2 questions already in it." });
    expect(await positions(set.id)).toEqual([
      { questionId: a.id, position: 0 },
      { questionId: b.id, position: 1 },
      { questionId: c.id, position: 2 },
    ]);
  });

  it("refuses a forged or unknown question id and adds nothing", async () => {
    const set = await makeSet();
    const a = await makeQuestion();
    await expect(addQuestionsToSet(users.admin, set.id, [a.id, "clnoquestion000000000000"])).rejects.toBeInstanceOf(NotFoundError);
    expect(await positions(set.id)).toEqual([]);
    const forged = await actions.addQuestionsToQuizSet.run(context(users.admin), { quizSetId: set.id, "questionIds[]": ["x'; DROP TABLE \"QuizItem\"; --"] });
    expect(forged).toMatchObject({ ok: false, status: 422 });
    const none = await actions.addQuestionsToQuizSet.run(context(users.admin), { quizSetId: set.id });
    expect(none).toMatchObject({ ok: false, status: 422, fieldErrors: { "questionIds[]": ["Tick at least one question to add."] } });
  });

  it("reorders by a whole new order and by one step, keeping positions unique and 0…n-1", async () => {
    const set = await makeSet();
    const qs = [await makeQuestion(), await makeQuestion(), await makeQuestion(), await makeQuestion()];
    await addQuestionsToSet(users.admin, set.id, qs.map((q) => q.id));
    const order = [qs[3].id, qs[0].id, qs[2].id, qs[1].id];
    await reorderSet(users.admin, set.id, order);
    expect(await positions(set.id)).toEqual(order.map((questionId, position) => ({ questionId, position })));
    await moveSetItem(users.admin, set.id, qs[0].id, "up");
    await moveSetItem(users.admin, set.id, qs[1].id, "down"); // the last stays last
    const moved = [qs[0].id, qs[3].id, qs[2].id, qs[1].id];
    expect(await positions(set.id)).toEqual(moved.map((questionId, position) => ({ questionId, position })));
    await removeSetItem(users.admin, set.id, qs[3].id);
    expect((await positions(set.id)).map((p) => p.position)).toEqual([0, 1, 2]);
    // An order that is not exactly the set's questions is refused and changes nothing.
    await expect(reorderSet(users.admin, set.id, [qs[0].id, qs[2].id])).rejects.toBeInstanceOf(ConflictError);
    await expect(reorderSet(users.admin, set.id, [qs[0].id, qs[0].id, qs[2].id])).rejects.toBeInstanceOf(ConflictError);
    await expect(reorderSet(users.admin, set.id, [qs[0].id, qs[2].id, qs[3].id])).rejects.toBeInstanceOf(ConflictError);
    expect((await positions(set.id)).map((p) => p.questionId)).toEqual([qs[0].id, qs[2].id, qs[1].id]);
  });

  it("concurrent reorders leave one consistent order", async () => {
    const set = await makeSet();
    const qs = [await makeQuestion(), await makeQuestion(), await makeQuestion()];
    await addQuestionsToSet(users.admin, set.id, qs.map((q) => q.id));
    const one = [qs[2].id, qs[1].id, qs[0].id];
    const two = [qs[1].id, qs[0].id, qs[2].id];
    await Promise.all([reorderSet(users.admin, set.id, one), reorderSet(users.admin, set.id, two)]);
    const after = await positions(set.id);
    expect(after.map((p) => p.position)).toEqual([0, 1, 2]);
    expect([one, two]).toContainEqual(after.map((p) => p.questionId));
  });

  it("saves details and shuffling, and runs the checker on each save", async () => {
    const set = await makeSet();
    const uncited = await makeQuestion();
    await addQuestionsToSet(users.admin, set.id, [uncited.id]);
    const { findings } = await updateAdminSet(users.admin, { quizSetId: set.id, title: `Renamed ${run}`, description: "About it.", shuffleQuestions: true, shuffleOptions: false });
    // The full checker also warns (facts of the article no question tests); what blocks is the uncited question.
    expect(findings.filter((f) => f.severity === "blocking")).toEqual([expect.objectContaining({ rule: "unresolved-quote", questionIds: [uncited.id] })]);
    expect(await prisma.quizSet.findUniqueOrThrow({ where: { id: set.id } })).toMatchObject({ title: `Renamed ${run}`, description: "About it.", shuffleQuestions: true, shuffleOptions: false });
    const outcome = await actions.updateAdminQuizSet.run(context(users.admin), { quizSetId: set.id, title: "", description: "" });
    expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { title: ["Give the set a title."] } });
  });

  it("refuses to publish on a blocking finding, then publishes once every question cites a quote that resolves", async () => {
    const set = await makeSet();
    const good = await makeQuestion({ cites: [resolvingEvidenceId] });
    const broken = await makeQuestion({ cites: [brokenEvidenceId] });
    await expect(setPublished(users.admin, set.id, true)).rejects.toThrow("Add at least one question");
    await addQuestionsToSet(users.admin, set.id, [good.id, broken.id]);
    const blocking = (await checkQuizSet(prisma, set.id)).filter((f) => f.severity === "blocking");
    expect(blocking).toEqual([expect.objectContaining({ rule: "unresolved-quote", questionIds: [broken.id] })]);
    const refused = await actions.publishAdminQuizSet.run(context(users.admin), { quizSetId: set.id, publish: "publish" });
    expect(refused).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("blocks publishing") });
    expect((await prisma.quizSet.findUniqueOrThrow({ where: { id: set.id } })).status).toBe("DRAFT");

    await removeSetItem(users.admin, set.id, broken.id);
    const draft = await makeQuestion({ status: "DRAFT", cites: [resolvingEvidenceId] });
    await addQuestionsToSet(users.admin, set.id, [draft.id]);
    await expect(setPublished(users.admin, set.id, true)).rejects.toThrow(/not published \(/);
    await removeSetItem(users.admin, set.id, draft.id);

    const published = await actions.publishAdminQuizSet.run(context(users.admin), { quizSetId: set.id, publish: "publish" });
    expect(published).toMatchObject({ ok: true, message: expect.stringContaining("Published") });
    expect((await prisma.quizSet.findUniqueOrThrow({ where: { id: set.id } })).status).toBe("PUBLISHED");
    // A published set takes published questions only, and keeps at least one.
    expect(await addQuestionsToSet(users.admin, set.id, [(await makeQuestion({ status: "DRAFT" })).id])).toMatchObject({ added: 0, notPublished: 1 });
    await expect(removeSetItem(users.admin, set.id, good.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("is public practice only while published; unpublishing retires it and ends public practice", async () => {
    const set = await makeSet();
    const good = await makeQuestion({ cites: [resolvingEvidenceId] });
    await addQuestionsToSet(users.admin, set.id, [good.id]);
    const early = await actions.setAdminQuizSetPublic.run(context(users.admin), { quizSetId: set.id, isPublic: "true" });
    expect(early).toMatchObject({ ok: false, status: 409, message: "Only a published set can be public practice: publish it first." });
    await setPublished(users.admin, set.id, true);
    await setPublic(users.admin, set.id, true);
    expect((await listQuizSets(null)).find((s) => s.slug === set.slug)).toMatchObject({ isPublic: true, questionCount: 1 });
    await setPublished(users.admin, set.id, false);
    expect(await prisma.quizSet.findUniqueOrThrow({ where: { id: set.id } })).toMatchObject({ status: "RETIRED", isPublic: false });
    expect((await listQuizSets(null)).find((s) => s.slug === set.slug)).toBeUndefined();
  });

  it("refuses non-admins, and finds neither a teacher's set nor a forged set id", async () => {
    const set = await makeSet();
    const question = await makeQuestion();
    for (const user of [users.teacher, users.student]) {
      await expect(addQuestionsToSet(user, set.id, [question.id])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(reorderSet(user, set.id, [])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setPublished(user, set.id, true)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAdminSet(user, set.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAdminSets(user)).rejects.toBeInstanceOf(ForbiddenError);
      const outcome = await actions.addQuestionsToQuizSet.run(context(user), { quizSetId: set.id, "questionIds[]": [question.id] });
      expect(outcome).toMatchObject({ ok: false, status: 403 });
    }
    expect(await actions.publishAdminQuizSet.run(context(null), { quizSetId: set.id, publish: "publish" })).toMatchObject({ ok: false, status: 401 });
    expect(await positions(set.id)).toEqual([]);

    const teacherSetId = await createTeacherQuizSet(users.teacher, { title: `Teacher's ${run}`, description: "", shuffleQuestions: false, shuffleOptions: true });
    madeSets.push(teacherSetId);
    await expect(getAdminSet(users.admin, teacherSetId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addQuestionsToSet(users.admin, teacherSetId, [question.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(setPublic(users.admin, teacherSetId, true)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listAdminSets(users.admin)).map((s) => s.id)).not.toContain(teacherSetId);
    // The teacher's own set is untouched and still theirs.
    expect(await getQuizSetForBuilder(users.teacher, teacherSetId)).toMatchObject({ mine: true, items: [] });
    await expect(getAdminSet(users.admin, "not-an-id")).rejects.toBeInstanceOf(NotFoundError);
    expect(await actions.reorderAdminQuizSet.run(context(users.admin), { quizSetId: "../etc", "questionIds[]": [question.id] })).toMatchObject({ ok: false, status: 422 });
  });
});
