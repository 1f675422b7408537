// Teachers' quiz sets (built from the bank), assignments and extensions. Every data call checks
// again, in its own query, that the caller teaches the class or owns the set.
import { defineAction } from "./define-action";
import type { Role } from "@/lib/identity/viewer";
import { utcToZoned } from "@/lib/domain/zoned-time";
import * as assignments from "@/lib/data/teacher-assignments";
import * as quizSets from "@/lib/data/teacher-quiz-sets";
import {
  ArchiveAssignmentSchema,
  AssignmentIdSchema,
  CreateAssignmentSchema,
  CreateQuizSetSchema,
  MoveQuizSetItemSchema,
  QuizSetItemSchema,
  RemoveExtensionSchema,
  SaveExtensionSchema,
  UpdateAssignmentSchema,
} from "@/lib/validation/teacher-assignments";

const access: Role[] = ["TEACHER", "ADMIN"];

export const createQuizSet = defineAction({
  name: "createQuizSet",
  access,
  schema: CreateQuizSetSchema,
  async handler(input, context) {
    const id = await quizSets.createTeacherQuizSet(context.user, input);
    return { effects: { redirectTo: `/teach/quiz-sets/${id}` } };
  },
});

export const addQuizSetItem = defineAction({
  name: "addQuizSetItem",
  access,
  schema: QuizSetItemSchema,
  async handler(input, context) {
    await quizSets.addQuizSetItem(context.user, input.quizSetId, input.questionId);
    return { message: "Question added.", effects: { revalidate: [`/teach/quiz-sets/${input.quizSetId}`] } };
  },
});

export const removeQuizSetItem = defineAction({
  name: "removeQuizSetItem",
  access,
  schema: QuizSetItemSchema,
  async handler(input, context) {
    await quizSets.removeQuizSetItem(context.user, input.quizSetId, input.questionId);
    return { message: "Question removed.", effects: { revalidate: [`/teach/quiz-sets/${input.quizSetId}`] } };
  },
});

export const moveQuizSetItem = defineAction({
  name: "moveQuizSetItem",
  access,
  schema: MoveQuizSetItemSchema,
  async handler(input, context) {
    await quizSets.moveQuizSetItem(context.user, input.quizSetId, input.questionId, input.direction);
    return { message: `Moved ${input.direction}.`, effects: { revalidate: [`/teach/quiz-sets/${input.quizSetId}`] } };
  },
});

const settingsOf = (input: assignments.AssignmentInput) => ({
  title: input.title,
  opensAt: input.opensAt,
  dueAt: input.dueAt,
  maxAttempts: input.maxAttempts,
  timeLimitSeconds: input.timeLimitSeconds,
  scorePolicy: input.scorePolicy,
  reviewPolicy: input.reviewPolicy,
  shuffleQuestions: input.shuffleQuestions,
  shuffleOptions: input.shuffleOptions,
});

/** The settings as the form's fields hold them, so that a preview keeps what was typed. */
function formValues(input: assignments.AssignmentInput & { timeZone: string }): Record<string, string> {
  return {
    title: input.title,
    opensAt: utcToZoned(input.opensAt, input.timeZone),
    dueAt: utcToZoned(input.dueAt, input.timeZone),
    timeZone: input.timeZone,
    maxAttempts: input.maxAttempts === null ? "" : String(input.maxAttempts),
    timeLimitMinutes: input.timeLimitSeconds === null ? "" : String(input.timeLimitSeconds / 60),
    scorePolicy: input.scorePolicy,
    reviewPolicy: input.reviewPolicy,
    ...(input.shuffleQuestions ? { shuffleQuestions: "on" } : {}),
    ...(input.shuffleOptions ? { shuffleOptions: "on" } : {}),
  };
}

export const createAssignment = defineAction({
  name: "createAssignment",
  access,
  schema: CreateAssignmentSchema,
  async handler(input, context) {
    const id = await assignments.createAssignment(context.user, { classId: input.classId, quizSetId: input.quizSetId, ...settingsOf(input) });
    return { effects: { redirectTo: `/teach/assignments/${id}?created=1` } };
  },
});

export const updateAssignment = defineAction({
  name: "updateAssignment",
  access,
  schema: UpdateAssignmentSchema,
  async handler(input, context) {
    const outcome = await assignments.updateAssignment(context.user, input.assignmentId, settingsOf(input), input.confirmed);
    if (!outcome.saved) {
      return {
        message: "Not saved yet: read what this change means for the attempts already made, then confirm.",
        data: { consequences: outcome.consequences, values: formValues(input) },
      };
    }
    return { message: "Assignment saved.", data: { consequences: [] }, effects: { revalidate: [`/teach/assignments/${input.assignmentId}`] } };
  },
});

export const archiveAssignment = defineAction({
  name: "archiveAssignment",
  access,
  schema: ArchiveAssignmentSchema,
  async handler(input, context) {
    await assignments.setAssignmentArchived(context.user, input.assignmentId, input.archived);
    return {
      message: input.archived ? "Archived: students no longer see it in their lists." : "Restored.",
      effects: { revalidate: [`/teach/assignments/${input.assignmentId}`] },
    };
  },
});

export const deleteAssignment = defineAction({
  name: "deleteAssignment",
  access,
  schema: AssignmentIdSchema,
  async handler(input, context) {
    const { classId } = await assignments.deleteAssignment(context.user, input.assignmentId);
    return { effects: { redirectTo: `/teach/classes/${classId}` } };
  },
});

export const saveExtension = defineAction({
  name: "saveExtension",
  access,
  schema: SaveExtensionSchema,
  async handler(input, context) {
    await assignments.saveExtension(context.user, input);
    return { message: "Extension saved.", effects: { revalidate: [`/teach/assignments/${input.assignmentId}`] } };
  },
});

export const removeExtension = defineAction({
  name: "removeExtension",
  access,
  schema: RemoveExtensionSchema,
  async handler(input, context) {
    await assignments.removeExtension(context.user, input.assignmentId, input.userId);
    return { message: "Extension removed.", effects: { revalidate: [`/teach/assignments/${input.assignmentId}`] } };
  },
});
