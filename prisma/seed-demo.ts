// Demo accounts, a class and a timed assignment, so that every role can be tried at once.
// Development only: these passwords are public (README), so `npm start` seeds them only into
// its own embedded database, or where CITED_DEMO=1 asks for them.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/identity/password";
import { seedDemoClassmates } from "./seed-demo-class";

export const demoAccounts = [
  { email: "admin@cited.test", name: "Ada Admin", password: "demo-admin-2025", roles: ["ADMIN"] },
  { email: "teacher@cited.test", name: "Tomás Teacher", password: "demo-teacher-2025", roles: ["TEACHER"] },
  { email: "student@cited.test", name: "Sam Student", password: "demo-student-2025", roles: ["STUDENT"] },
  { email: "amira@cited.test", name: "Amira Haddad", password: "demo-student-2025", roles: ["STUDENT"] },
  { email: "ben@cited.test", name: "Ben Okafor", password: "demo-student-2025", roles: ["STUDENT"] },
] as const;

export const demoClass = { name: "Current Events 101", joinCode: "ALASKA25" };
export const demoAssignment = {
  title: "Week 1: the deported children and the numbers",
  quizSetSlug: "deportations-and-numbers",
  maxAttempts: 2,
  timeLimitSeconds: 20 * 60,
};

export async function seedDemo(prisma: PrismaClient): Promise<void> {
  const users = new Map<string, string>();
  for (const account of demoAccounts) {
    const existing = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user =
      existing ??
      (await prisma.user.create({
        data: {
          email: account.email,
          name: account.name,
          roles: [...account.roles],
          passwordHash: await hashPassword(account.password),
        },
      }));
    users.set(account.email, user.id);
  }

  const klass = await prisma.class.upsert({
    where: { joinCode: demoClass.joinCode },
    update: {},
    create: { name: demoClass.name, joinCode: demoClass.joinCode, teacherId: users.get("teacher@cited.test")! },
  });
  for (const email of ["student@cited.test", "amira@cited.test", "ben@cited.test"]) {
    await prisma.enrollment.upsert({
      where: { classId_userId: { classId: klass.id, userId: users.get(email)! } },
      update: {},
      create: { classId: klass.id, userId: users.get(email)! },
    });
  }

  const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: demoAssignment.quizSetSlug } });
  let assignment = await prisma.assignment.findFirst({ where: { classId: klass.id, title: demoAssignment.title } });
  if (!assignment) {
    const now = Date.now();
    assignment = await prisma.assignment.create({
      data: {
        classId: klass.id,
        quizSetId: quizSet.id,
        title: demoAssignment.title,
        opensAt: new Date(now - 24 * 3600_000),
        dueAt: new Date(now + 30 * 24 * 3600_000),
        maxAttempts: demoAssignment.maxAttempts,
        timeLimitSeconds: demoAssignment.timeLimitSeconds,
        reviewPolicy: "IMMEDIATELY",
      },
    });
  }
  await seedDemoClassmates(prisma, klass.id, assignment.id);
}
