import { defineAction } from "./define-action";
import type { Role } from "@/lib/identity/viewer";
import { joinClass as join } from "@/lib/data/class-joins";
import { addCoTeacher as addCo, createClass as create, regenerateJoinCode as regenerate, removeCoTeacher as removeCo, removeStudent, renameClass as rename, setClassArchived as setArchived } from "@/lib/data/classes";
import {
  AddCoTeacherSchema,
  ClassIdSchema,
  CreateClassSchema,
  JoinClassSchema,
  RemoveCoTeacherSchema,
  RemoveStudentSchema,
  RenameClassSchema,
  SetClassArchivedSchema,
} from "@/lib/validation/classes";

const teachers: Role[] = ["TEACHER", "ADMIN"];
/** Teaching pages render afresh after a change (every page under /teach). */
const teachPages = ["/teach"];

export const createClass = defineAction({
  name: "createClass",
  access: teachers,
  schema: CreateClassSchema,
  async handler(input, context) {
    const created = await create(context.user, input.name);
    return { message: `Class “${created.name}” created.`, data: created, effects: { revalidate: teachPages, redirectTo: `/teach/classes/${created.id}?created=1` } };
  },
});

export const renameClass = defineAction({
  name: "renameClass",
  access: teachers,
  schema: RenameClassSchema,
  async handler(input, context) {
    await rename(context.user, input.classId, input.name);
    return { message: "Name saved.", effects: { revalidate: teachPages } };
  },
});

export const setClassArchived = defineAction({
  name: "setClassArchived",
  access: teachers,
  schema: SetClassArchivedSchema,
  async handler(input, context) {
    await setArchived(context.user, input.classId, input.archived);
    return {
      message: input.archived ? "Class archived: its students no longer see it, and no one can join it." : "Class restored.",
      effects: { revalidate: teachPages },
    };
  },
});

export const regenerateJoinCode = defineAction({
  name: "regenerateJoinCode",
  access: teachers,
  schema: ClassIdSchema,
  async handler(input, context) {
    const code = await regenerate(context.user, input.classId);
    return { message: `New code: ${code}. The old code no longer works.`, data: { code }, effects: { revalidate: teachPages } };
  },
});

export const removeStudentFromClass = defineAction({
  name: "removeStudentFromClass",
  access: teachers,
  schema: RemoveStudentSchema,
  async handler(input, context) {
    await removeStudent(context.user, input.classId, input.studentId);
    return { message: "Student removed from the class. Their attempts are kept.", effects: { revalidate: teachPages } };
  },
});

export const addCoTeacher = defineAction({
  name: "addCoTeacher",
  access: teachers,
  schema: AddCoTeacherSchema,
  async handler(input, context) {
    const { name, added } = await addCo(context.user, input.classId, input.email);
    return { message: added ? `${name} now co-teaches this class.` : `${name} already co-teaches this class.`, effects: { revalidate: teachPages } };
  },
});

export const removeCoTeacher = defineAction({
  name: "removeCoTeacher",
  access: teachers,
  schema: RemoveCoTeacherSchema,
  async handler(input, context) {
    await removeCo(context.user, input.classId, input.userId);
    return { message: "Co-teacher removed.", effects: { revalidate: teachPages } };
  },
});

export const joinClass = defineAction({
  name: "joinClass",
  access: "signed-in",
  schema: JoinClassSchema,
  async handler(input, context) {
    const { name, joined, classId } = await join(context.user, input.code, context.ip);
    return {
      message: joined ? `You joined “${name}”. Its assignments are on your Quizzes page.` : `You are already in “${name}”.`,
      data: { classId, joined },
      effects: { revalidate: ["/quizzes"] },
    };
  },
});
