// The admins' question bank and quiz sets. Every data call re-checks the admin in its own
// transaction and finds only ownerless sets (a teacher's set is "not found").
import { defineAction } from "./define-action";
import type { Finding } from "@/lib/domain/set-check-types";
import * as sets from "@/lib/data/set-authoring";
import {
  BulkAddSchema,
  CreateAdminSetSchema,
  MoveSetItemSchema,
  PublicSetSchema,
  PublishSetSchema,
  ReorderSetSchema,
  SetItemSchema,
  UpdateAdminSetSchema,
} from "@/lib/validation/set-authoring";

const setPage = (id: string) => `/admin/sets/${id}`;

/** What a save tells the admin about the checker's findings (the page lists them). */
function checked(findings: Finding[]): string {
  const blocking = findings.filter((f) => f.severity === "blocking").length;
  const warnings = findings.length - blocking;
  if (findings.length === 0) return "The checker found nothing to fix.";
  const parts = [blocking ? `${blocking} blocking ${blocking === 1 ? "problem" : "problems"}` : "", warnings ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""].filter(Boolean);
  return `The checker found ${parts.join(" and ")}: see the list below.`;
}

export const createAdminQuizSet = defineAction({
  name: "createAdminQuizSet",
  access: ["ADMIN"],
  schema: CreateAdminSetSchema,
  async handler(input, context) {
    const set = await sets.createAdminSet(context.user, input);
    return { effects: { redirectTo: setPage(set.id), revalidate: ["/admin/sets"] } };
  },
});

export const updateAdminQuizSet = defineAction({
  name: "updateAdminQuizSet",
  access: ["ADMIN"],
  schema: UpdateAdminSetSchema,
  async handler(input, context) {
    const { findings } = await sets.updateAdminSet(context.user, input);
    return { message: `Saved. ${checked(findings)}`, effects: { revalidate: [setPage(input.quizSetId)] } };
  },
});

export const addQuestionsToQuizSet = defineAction({
  name: "addQuestionsToQuizSet",
  access: ["ADMIN"],
  schema: BulkAddSchema,
  async handler(input, context) {
    const outcome = await sets.addQuestionsToSet(context.user, input.quizSetId, input["questionIds[]"]);
    const count = (n: number) => (n === 1 ? "1 question" : `${n} questions`);
    const parts = [`Added ${count(outcome.added)} to the set.`];
    if (outcome.alreadyThere) parts.push(`Skipped ${count(outcome.alreadyThere)} already in it.`);
    if (outcome.notPublished) parts.push(`Skipped ${count(outcome.notPublished)} that ${outcome.notPublished === 1 ? "is" : "are"} retired, or not published while the set is.`);
    return { message: parts.join(" "), data: { quizSetId: input.quizSetId }, effects: { revalidate: [setPage(input.quizSetId), "/admin/sets"] } };
  },
});

export const reorderAdminQuizSet = defineAction({
  name: "reorderAdminQuizSet",
  access: ["ADMIN"],
  schema: ReorderSetSchema,
  async handler(input, context) {
    const { findings } = await sets.reorderSet(context.user, input.quizSetId, input["questionIds[]"]);
    return { message: `New order saved. ${checked(findings)}`, effects: { revalidate: [setPage(input.quizSetId)] } };
  },
});

export const moveAdminQuizSetItem = defineAction({
  name: "moveAdminQuizSetItem",
  access: ["ADMIN"],
  schema: MoveSetItemSchema,
  async handler(input, context) {
    const { findings } = await sets.moveSetItem(context.user, input.quizSetId, input.questionId, input.direction);
    return { message: `Moved ${input.direction}. ${checked(findings)}`, effects: { revalidate: [setPage(input.quizSetId)] } };
  },
});

export const removeAdminQuizSetItem = defineAction({
  name: "removeAdminQuizSetItem",
  access: ["ADMIN"],
  schema: SetItemSchema,
  async handler(input, context) {
    const { findings } = await sets.removeSetItem(context.user, input.quizSetId, input.questionId);
    return { message: `Question removed. ${checked(findings)}`, effects: { revalidate: [setPage(input.quizSetId), "/admin/sets"] } };
  },
});

export const publishAdminQuizSet = defineAction({
  name: "publishAdminQuizSet",
  access: ["ADMIN"],
  schema: PublishSetSchema,
  async handler(input, context) {
    const publish = input.publish === "publish";
    const { findings } = await sets.setPublished(context.user, input.quizSetId, publish);
    const warnings = findings.length ? ` ${checked(findings)}` : "";
    return {
      message: publish ? `Published: students can practise it now.${warnings}` : "Unpublished: the set is retired and no longer offered for practice.",
      effects: { revalidate: [setPage(input.quizSetId), "/admin/sets", "/quizzes"] },
    };
  },
});

export const setAdminQuizSetPublic = defineAction({
  name: "setAdminQuizSetPublic",
  access: ["ADMIN"],
  schema: PublicSetSchema,
  async handler(input, context) {
    await sets.setPublic(context.user, input.quizSetId, input.isPublic);
    return {
      message: input.isPublic ? "The set is public practice: anyone may try it, signed in or not." : "The set is no longer public practice.",
      effects: { revalidate: [setPage(input.quizSetId), "/admin/sets", "/quizzes"] },
    };
  },
});
