import "server-only";
// The admins' quiz sets (ownerless QuizSet rows): create, describe, choose shuffling, fill from the
// bank, order, publish and mark as public practice. Teachers' own sets (lib/data/teacher-quiz-sets.ts)
// are never reached from here: every lookup asks for ownerId null, so a teacher's set id is "not
// found". Each change re-checks the admin inside its transaction, locks the set row (one change
// at a time), and is audited in the same transaction. A published set stays publishable: the set
// checker runs before publishing and on every save, and a blocking finding refuses the publish.
// Assignments froze their question versions when they were made (AssignmentItem), so reordering
// or editing a set that has assignments changes none of them.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Finding } from "@/lib/domain/set-check-types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { recordAudit } from "./audit";
import { checkQuizSet } from "./set-check";
import { assertAdmin } from "./users";

type Tx = Prisma.TransactionClient;

/** How many questions one set may hold (the taking page pages through them). */
export const maxSetSize = 500;

export async function listAdminSets(actor: Viewer | null) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const sets = await tx.quizSet.findMany({
      where: { ownerId: null },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, status: true, isPublic: true, updatedAt: true, _count: { select: { items: true, assignments: true } } },
    });
    return sets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.items, assignmentCount: _count.assignments }));
  });
}

export function slugFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "quiz-set";
}

/** The slug from the title, with "-2", "-3"… when it is taken (a slug typed by the admin is never changed). */
async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.quizSet.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createAdminSet(actor: Viewer | null, input: { title: string; slug?: string; description: string }) {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    let slug: string;
    if (input.slug) {
      if (await tx.quizSet.count({ where: { slug: input.slug } })) {
        throw new ValidationError("That address is used by another set.", { slug: [`“${input.slug}” is used by another set: choose another.`] });
      }
      slug = input.slug;
    } else {
      slug = await freeSlug(tx, slugFromTitle(input.title));
    }
    const set = await tx.quizSet.create({
      data: { title: input.title, slug, description: input.description, ownerId: null, status: "DRAFT", isPublic: false, shuffleQuestions: false, shuffleOptions: true },
      select: { id: true, slug: true, title: true, description: true },
    });
    await recordAudit(tx, { actorId: admin.id, action: "quizSet.create", entity: { type: "QuizSet", id: set.id }, after: set });
    return set;
  });
}

/** The set with its questions in order, what the checker finds, and who uses it (admins). */
export async function getAdminSet(actor: Viewer | null, quizSetId: string) {
  if (!isId(quizSetId)) throw new NotFoundError("That quiz set");
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const set = await tx.quizSet.findFirst({
      where: { id: quizSetId, ownerId: null },
      select: {
        id: true,
        slug: true,
        title: true,
        description: true,
        status: true,
        isPublic: true,
        shuffleQuestions: true,
        shuffleOptions: true,
        _count: { select: { assignments: true } },
        items: {
          orderBy: { position: "asc" },
          select: {
            questionId: true,
            position: true,
            question: { select: { code: true, status: true, currentVersion: { select: { type: true, stem: true, version: true } } } },
          },
        },
      },
    });
    if (!set) throw new NotFoundError("That quiz set");
    const findings = await checkQuizSet(tx, set.id);
    const { _count, items, ...rest } = set;
    return {
      ...rest,
      assignmentCount: _count.assignments,
      findings,
      items: items.map((item) => ({
        questionId: item.questionId,
        position: item.position,
        code: item.question.code,
        status: item.question.status,
        type: item.question.currentVersion?.type ?? null,
        version: item.question.currentVersion?.version ?? null,
        stem: item.question.currentVersion?.stem ?? "",
      })),
    };
  });
}

export type AdminSet = Awaited<ReturnType<typeof getAdminSet>>;

/** Locks an admin set for a change, or 404 (a teacher's set, or none). */
async function lockAdminSet(tx: Tx, quizSetId: string) {
  if (!isId(quizSetId)) throw new NotFoundError("That quiz set");
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "QuizSet" WHERE id = ${quizSetId} AND "ownerId" IS NULL FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("That quiz set");
  return tx.quizSet.findUniqueOrThrow({
    where: { id: quizSetId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      isPublic: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      items: { orderBy: { position: "asc" }, select: { id: true, questionId: true, position: true } },
    },
  });
}

/**
 * Positions 0…n-1 in the given order. (quizSetId, position) is unique and not deferrable, so the
 * rows first move past every position in use, in one statement, then to their places, in another.
 */
async function writeOrder(tx: Tx, quizSetId: string, itemIds: string[]) {
  if (itemIds.length === 0) return;
  const offset = 1_000_000;
  await tx.$executeRaw`UPDATE "QuizItem" SET position = position + ${offset} WHERE "quizSetId" = ${quizSetId}`;
  const places = Prisma.join(itemIds.map((id, index) => Prisma.sql`(${id}::text, ${index}::int)`));
  await tx.$executeRaw`UPDATE "QuizItem" AS qi SET position = p.place FROM (VALUES ${places}) AS p(id, place) WHERE qi.id = p.id AND qi."quizSetId" = ${quizSetId}`;
}

export type SaveOutcome = { findings: Finding[] };

export async function updateAdminSet(
  actor: Viewer | null,
  input: { quizSetId: string; title: string; description: string; shuffleQuestions: boolean; shuffleOptions: boolean },
): Promise<SaveOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, input.quizSetId);
    const after = { title: input.title, description: input.description, shuffleQuestions: input.shuffleQuestions, shuffleOptions: input.shuffleOptions };
    await tx.quizSet.update({ where: { id: set.id }, data: after });
    const before = { title: set.title, description: set.description, shuffleQuestions: set.shuffleQuestions, shuffleOptions: set.shuffleOptions };
    await recordAudit(tx, { actorId: admin.id, action: "quizSet.update", entity: { type: "QuizSet", id: set.id }, before, after });
    return { findings: await checkQuizSet(tx, set.id) };
  });
}

export type BulkAddOutcome = SaveOutcome & { added: number; alreadyThere: number; notPublished: number };

/**
 * Appends the questions, in the order given, after the set's last one. Questions already in the
 * set are skipped; so are retired ones, and drafts when the set is published (a published set
 * holds published questions only). An id that is no question refuses the whole request.
 */
export async function addQuestionsToSet(actor: Viewer | null, quizSetId: string, questionIds: string[]): Promise<BulkAddOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    const wanted = [...new Set(questionIds)];
    const found = await tx.question.findMany({ where: { id: { in: wanted } }, select: { id: true, status: true, currentVersionId: true } });
    if (found.length !== wanted.length) {
      const missing = wanted.length - found.length;
      throw new NotFoundError(missing === 1 ? "One of the ticked questions" : `${missing} of the ticked questions`);
    }
    const byId = new Map(found.map((q) => [q.id, q]));
    const present = new Set(set.items.map((item) => item.questionId));
    const alreadyThere = wanted.filter((id) => present.has(id)).length;
    const addable = wanted.filter((id) => {
      const question = byId.get(id)!;
      if (present.has(id) || question.currentVersionId === null || question.status === "RETIRED") return false;
      return set.status !== "PUBLISHED" || question.status === "PUBLISHED";
    });
    if (set.items.length + addable.length > maxSetSize) throw new ConflictError(`A set holds at most ${maxSetSize} questions; this one has ${set.items.length}.`);
    const start = set.items.length === 0 ? 0 : set.items[set.items.length - 1].position + 1;
    if (addable.length) await tx.quizItem.createMany({ data: addable.map((questionId, i) => ({ quizSetId: set.id, questionId, position: start + i })) });
    if (addable.length) {
      await recordAudit(tx, {
        actorId: admin.id,
        action: "quizSet.addItems",
        entity: { type: "QuizSet", id: set.id },
        before: { questionIds: set.items.map((i) => i.questionId) },
        after: { questionIds: [...set.items.map((i) => i.questionId), ...addable] },
      });
    }
    return { added: addable.length, alreadyThere, notPublished: wanted.length - alreadyThere - addable.length, findings: await checkQuizSet(tx, set.id) };
  });
}

/** The whole order at once (drag and drop): it must name exactly the set's questions. */
export async function reorderSet(actor: Viewer | null, quizSetId: string, questionIds: string[]): Promise<SaveOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    const byQuestion = new Map(set.items.map((item) => [item.questionId, item.id]));
    const same = questionIds.length === set.items.length && new Set(questionIds).size === questionIds.length && questionIds.every((id) => byQuestion.has(id));
    if (!same) throw new ConflictError("The set changed since this page was loaded, so the new order was not saved. Reload the page and order it again.");
    await writeOrder(tx, set.id, questionIds.map((id) => byQuestion.get(id)!));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "quizSet.reorder",
      entity: { type: "QuizSet", id: set.id },
      before: { questionIds: set.items.map((i) => i.questionId) },
      after: { questionIds },
    });
    return { findings: await checkQuizSet(tx, set.id) };
  });
}

/** One place up or down (the buttons, with or without JavaScript). At either end nothing moves. */
export async function moveSetItem(actor: Viewer | null, quizSetId: string, questionId: string, direction: "up" | "down"): Promise<SaveOutcome> {
  const order = await db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    const index = set.items.findIndex((item) => item.questionId === questionId);
    if (index < 0) throw new NotFoundError("That question");
    const other = direction === "up" ? index - 1 : index + 1;
    const ids = set.items.map((item) => item.questionId);
    if (other < 0 || other >= ids.length) return ids;
    [ids[index], ids[other]] = [ids[other], ids[index]];
    return ids;
  });
  return reorderSet(actor, quizSetId, order);
}

export async function removeSetItem(actor: Viewer | null, quizSetId: string, questionId: string): Promise<SaveOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    const item = set.items.find((i) => i.questionId === questionId);
    if (!item) throw new NotFoundError("That question");
    if (set.status === "PUBLISHED" && set.items.length === 1) {
      throw new ConflictError("A published set needs at least one question: unpublish it first, or add another question before removing this one.");
    }
    await tx.quizItem.delete({ where: { id: item.id } });
    const rest = set.items.filter((i) => i.id !== item.id);
    await writeOrder(tx, set.id, rest.map((i) => i.id));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "quizSet.removeItem",
      entity: { type: "QuizSet", id: set.id },
      before: { questionIds: set.items.map((i) => i.questionId) },
      after: { questionIds: rest.map((i) => i.questionId) },
    });
    return { findings: await checkQuizSet(tx, set.id) };
  });
}

/** Why the set cannot be published, in words for the admin, or null when it can. */
function publishRefusal(items: { code: string | null; status: string }[], findings: Finding[]): string | null {
  if (items.length === 0) return "Add at least one question before publishing the set.";
  const drafts = items.filter((item) => item.status !== "PUBLISHED");
  if (drafts.length) {
    const names = drafts.slice(0, 5).map((d) => d.code ?? "a question without a code").join(", ");
    return `Not published: ${drafts.length === 1 ? "one question is" : `${drafts.length} questions are`} not published (${names}${drafts.length > 5 ? "…" : ""}). Publish or remove ${drafts.length === 1 ? "it" : "them"} first.`;
  }
  const blocking = findings.filter((f) => f.severity === "blocking");
  if (blocking.length) return `Not published: the checker found ${blocking.length === 1 ? "a problem that blocks" : `${blocking.length} problems that block`} publishing. Fix ${blocking.length === 1 ? "it" : "them"} (listed below), then publish again.`;
  return null;
}

/** Publish (after the checker), or unpublish: the set is retired and stops being public practice. */
export async function setPublished(actor: Viewer | null, quizSetId: string, publish: boolean): Promise<SaveOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    const findings = await checkQuizSet(tx, set.id);
    if (publish) {
      const items = await tx.question.findMany({ where: { quizItems: { some: { quizSetId: set.id } } }, select: { code: true, status: true } });
      const refusal = publishRefusal(items, findings);
      // Nothing changed; the page lists the findings the refusal points to.
      if (refusal) throw new ConflictError(refusal);
      if (set.status !== "PUBLISHED") {
        await tx.quizSet.update({ where: { id: set.id }, data: { status: "PUBLISHED" } });
        await recordAudit(tx, { actorId: admin.id, action: "quizSet.publish", entity: { type: "QuizSet", id: set.id }, before: { status: set.status }, after: { status: "PUBLISHED" } });
      }
      return { findings };
    }
    if (set.status === "PUBLISHED") {
      await tx.quizSet.update({ where: { id: set.id }, data: { status: "RETIRED", isPublic: false } });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "quizSet.unpublish",
        entity: { type: "QuizSet", id: set.id },
        before: { status: set.status, isPublic: set.isPublic },
        after: { status: "RETIRED", isPublic: false },
      });
    }
    return { findings };
  });
}

/** Public practice (anonymous visitors may try it): only a published set. */
export async function setPublic(actor: Viewer | null, quizSetId: string, isPublic: boolean): Promise<void> {
  await db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const set = await lockAdminSet(tx, quizSetId);
    if (isPublic && set.status !== "PUBLISHED") throw new ConflictError("Only a published set can be public practice: publish it first.");
    if (set.isPublic === isPublic) return;
    await tx.quizSet.update({ where: { id: set.id }, data: { isPublic } });
    await recordAudit(tx, { actorId: admin.id, action: "quizSet.public", entity: { type: "QuizSet", id: set.id }, before: { isPublic: set.isPublic }, after: { isPublic } });
  });
}
