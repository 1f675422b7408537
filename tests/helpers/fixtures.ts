// Users for the tests, beside the seeded demo accounts: a second teacher with their own class
// and student (the "of another class" cases), and throw-away users made per test.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/identity/password";
import type { Role } from "@/lib/identity/viewer";

export const actorNames = ["anonymous", "student", "studentOfAnotherClass", "teacher", "coTeacher", "teacherOfAnotherClass", "admin"] as const;
export type ActorName = (typeof actorNames)[number];

export const actorEmails: Record<Exclude<ActorName, "anonymous">, string> = {
  student: "student@cited.test",
  studentOfAnotherClass: "other-student@cited.test",
  teacher: "teacher@cited.test",
  coTeacher: "co-teacher@cited.test",
  teacherOfAnotherClass: "other-teacher@cited.test",
  admin: "admin@cited.test",
};

export const testPassword = "correct horse battery staple";

export async function createUser(prisma: PrismaClient, options: { email?: string; name?: string; roles?: Role[]; password?: string } = {}) {
  const email = options.email ?? `user-${randomBytes(5).toString("hex")}@cited.test`;
  return prisma.user.upsert({
    where: { email },
    update: {},
    create: {
      email,
      name: options.name ?? "Test User",
      roles: options.roles ?? ["STUDENT"],
      passwordHash: await hashPassword(options.password ?? testPassword),
    },
  });
}

/** A co-teacher of the seeded teacher's class (idempotent). */
export async function ensureCoTeacher(prisma: PrismaClient) {
  const coTeacher = await createUser(prisma, { email: actorEmails.coTeacher, name: "Cora Co-Teacher", roles: ["TEACHER"] });
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await prisma.coTeacher.upsert({
    where: { classId_userId: { classId: klass.id, userId: coTeacher.id } },
    update: {},
    create: { classId: klass.id, userId: coTeacher.id },
  });
  return { coTeacher, classId: klass.id };
}

/** The second teacher's class and its student (idempotent). */
export async function ensureOtherClass(prisma: PrismaClient) {
  const teacher = await createUser(prisma, { email: actorEmails.teacherOfAnotherClass, name: "Olga Other-Teacher", roles: ["TEACHER"] });
  const student = await createUser(prisma, { email: actorEmails.studentOfAnotherClass, name: "Omar Other-Student" });
  const klass = await prisma.class.upsert({
    where: { joinCode: "OTHER001" },
    update: {},
    create: { name: "Another class", joinCode: "OTHER001", teacherId: teacher.id },
  });
  await prisma.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: student.id } },
    update: {},
    create: { classId: klass.id, userId: student.id },
  });
}

/**
 * The quiz sets the seed publishes, read from the seed bundle. End-to-end specs share one
 * database and some publish sets of their own, so a page is checked for these, never for a
 * count of everything published.
 */
export function seededQuizSets(): { slug: string; title: string; isPublic: boolean }[] {
  const file = path.join(process.cwd(), "prisma/seed/content.bundle.json");
  const sets = (JSON.parse(readFileSync(file, "utf8")) as { quizSets: { slug: string; title: string; isPublic: boolean }[] }).quizSets;
  return sets.map((set) => ({ slug: set.slug, title: set.title, isPublic: set.isPublic }));
}

export const seededPublishedSetTitles = () => seededQuizSets().map((set) => set.title);

/** The codes of the questions the seed writes (Q01…), read from the seed bundle. */
export function seededQuestionCodes(): string[] {
  const file = path.join(process.cwd(), "prisma/seed/content.bundle.json");
  const questions = (JSON.parse(readFileSync(file, "utf8")) as { questions: { code: string }[] }).questions;
  return questions.map((q) => q.code);
}
