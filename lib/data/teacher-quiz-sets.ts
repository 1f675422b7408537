import "server-only";
// Teachers' own quiz sets, built from the published questions of the bank for their classes'
// assignments. A set is edited by its owner (or an admin); the admins' published sets are shown
// to every teacher, read-only, as assignable. A teacher's set is PUBLISHED while it has at least
// one question, but it is never listed for practice or public try (those filter ownerId null).
// Assignments froze their questions when they were made, so editing a used set changes none.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { hasRole, type Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { recordAudit } from "./audit";
import { teachingViewer } from "./teaching-access";

type Tx = Prisma.TransactionClient;

/** Sets the caller may open in the builder: their own, the admins' published ones (read-only), any teacher's for an admin. */
function visibleSetWhere(viewer: Viewer): Prisma.QuizSetWhereInput {
  if (hasRole(viewer, "ADMIN")) return {};
  return { OR: [{ ownerId: viewer.id }, { ownerId: null, status: "PUBLISHED" }] };
}

/** Sets the caller may change: their own; an admin also any teacher's (the admins' own sets are authored elsewhere). */
function editableSetWhere(viewer: Viewer): Prisma.QuizSetWhereInput {
  return hasRole(viewer, "ADMIN") ? { ownerId: { not: null } } : { ownerId: viewer.id };
}

export async function listTeacherQuizSets(actor: Viewer | null) {
  const viewer = teachingViewer(actor);
  const select = { id: true, title: true, description: true, status: true, _count: { select: { items: true, assignments: true } } } as const;
  const [own, shared] = await Promise.all([
    db().quizSet.findMany({ where: { ownerId: viewer.id }, orderBy: { updatedAt: "desc" }, select }),
    db().quizSet.findMany({ where: { ownerId: null, status: "PUBLISHED" }, orderBy: { title: "asc" }, select }),
  ]);
  const shape = (set: (typeof own)[number]) => ({
    id: set.id,
    title: set.title,
    description: set.description,
    status: set.status,
    questionCount: set._count.items,
    assignmentCount: set._count.assignments,
  });
  return { own: own.map(shape), shared: shared.map(shape) };
}

function slugFor(title: string): string {
  const base = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${base || "set"}-${randomBytes(4).toString("hex")}`;
}

export async function createTeacherQuizSet(actor: Viewer | null, input: { title: string; description: string; shuffleQuestions: boolean; shuffleOptions: boolean }) {
  const viewer = teachingViewer(actor);
  return db().$transaction(async (tx) => {
    const set = await tx.quizSet.create({
      data: { ...input, slug: slugFor(input.title), ownerId: viewer.id, status: "DRAFT", isPublic: false },
      select: { id: true, title: true, description: true, shuffleQuestions: true, shuffleOptions: true },
    });
    await recordAudit(tx, { actorId: viewer.id, action: "quizSet.create", entity: { type: "QuizSet", id: set.id }, after: set });
    return set.id;
  });
}

export async function getQuizSetForBuilder(actor: Viewer | null, quizSetId: string) {
  const viewer = teachingViewer(actor);
  if (!isId(quizSetId)) throw new NotFoundError("That quiz set");
  const set = await db().quizSet.findFirst({
    where: { AND: [{ id: quizSetId }, visibleSetWhere(viewer)] },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      ownerId: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      _count: { select: { assignments: true } },
      items: {
        orderBy: { position: "asc" },
        select: { questionId: true, position: true, question: { select: { code: true, status: true, currentVersion: { select: { type: true, stem: true } } } } },
      },
    },
  });
  if (!set) throw new NotFoundError("That quiz set");
  const canEdit = set.ownerId !== null && (set.ownerId === viewer.id || hasRole(viewer, "ADMIN"));
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    status: set.status,
    shuffleQuestions: set.shuffleQuestions,
    shuffleOptions: set.shuffleOptions,
    canEdit,
    mine: set.ownerId === viewer.id,
    assignmentCount: set._count.assignments,
    items: set.items.map((item) => ({
      questionId: item.questionId,
      code: item.question.code,
      type: item.question.currentVersion?.type ?? null,
      stem: item.question.currentVersion?.stem ?? "",
      published: item.question.status === "PUBLISHED",
    })),
  };
}

/** Locks the set for the change (one reorder at a time), or 404 when the caller may not edit it. */
async function lockEditable(tx: Tx, viewer: Viewer, quizSetId: string) {
  const found = await tx.quizSet.findFirst({ where: { AND: [{ id: quizSetId }, editableSetWhere(viewer)] }, select: { id: true } });
  if (!found) throw new NotFoundError("That quiz set");
  await tx.$queryRaw`SELECT id FROM "QuizSet" WHERE id = ${quizSetId} FOR UPDATE`;
  return tx.quizItem.findMany({ where: { quizSetId }, orderBy: { position: "asc" }, select: { id: true, questionId: true, position: true } });
}

/** Positions 0…n-1 in the given order, through positions past the end (the pair is unique). */
async function renumber(tx: Tx, quizSetId: string, order: { id: string }[]) {
  const offset = order.length + 1000;
  for (const [index, item] of order.entries()) await tx.quizItem.update({ where: { id: item.id }, data: { position: offset + index } });
  for (const [index, item] of order.entries()) await tx.quizItem.update({ where: { id: item.id }, data: { position: index } });
  await tx.quizSet.update({ where: { id: quizSetId }, data: { status: order.length > 0 ? "PUBLISHED" : "DRAFT" } });
}

export async function addQuizSetItem(actor: Viewer | null, quizSetId: string, questionId: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const items = await lockEditable(tx, viewer, quizSetId);
    const question = await tx.question.findFirst({ where: { id: questionId, status: "PUBLISHED", currentVersionId: { not: null } }, select: { id: true } });
    if (!question) throw new NotFoundError("That question");
    if (items.some((item) => item.questionId === questionId)) throw new ConflictError("That question is already in this set.");
    if (items.length >= 200) throw new ConflictError("A set holds at most 200 questions.");
    const created = await tx.quizItem.create({ data: { quizSetId, questionId, position: items.length + 1000 }, select: { id: true } });
    await renumber(tx, quizSetId, [...items, created]);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "quizSet.addItem",
      entity: { type: "QuizSet", id: quizSetId },
      before: { questionIds: items.map((i) => i.questionId) },
      after: { questionIds: [...items.map((i) => i.questionId), questionId] },
    });
  });
}

export async function removeQuizSetItem(actor: Viewer | null, quizSetId: string, questionId: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const items = await lockEditable(tx, viewer, quizSetId);
    const item = items.find((i) => i.questionId === questionId);
    if (!item) throw new NotFoundError("That question");
    await tx.quizItem.delete({ where: { id: item.id } });
    const rest = items.filter((i) => i.id !== item.id);
    await renumber(tx, quizSetId, rest);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "quizSet.removeItem",
      entity: { type: "QuizSet", id: quizSetId },
      before: { questionIds: items.map((i) => i.questionId) },
      after: { questionIds: rest.map((i) => i.questionId) },
    });
  });
}

export async function moveQuizSetItem(actor: Viewer | null, quizSetId: string, questionId: string, direction: "up" | "down") {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const items = await lockEditable(tx, viewer, quizSetId);
    const index = items.findIndex((i) => i.questionId === questionId);
    if (index < 0) throw new NotFoundError("That question");
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= items.length) return; // already first or last: nothing to do
    const order = [...items];
    [order[index], order[other]] = [order[other], order[index]];
    await renumber(tx, quizSetId, order);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "quizSet.reorder",
      entity: { type: "QuizSet", id: quizSetId },
      before: { questionIds: items.map((i) => i.questionId) },
      after: { questionIds: order.map((i) => i.questionId) },
    });
  });
}
