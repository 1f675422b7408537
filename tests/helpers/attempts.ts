// Fixtures for attempt tests: a fresh student in a fresh class with an assignment of a seeded
// quiz set, so that each test owns its attempts.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { createUser } from "./fixtures";

export type AssignmentOptions = {
  quizSetSlug?: string;
  opensAt?: Date;
  dueAt?: Date;
  maxAttempts?: number | null;
  timeLimitSeconds?: number | null;
  reviewPolicy?: "IMMEDIATELY" | "AFTER_DUE" | "NEVER";
};

export async function studentWithAssignment(prisma: PrismaClient, options: AssignmentOptions = {}) {
  const teacher = await createUser(prisma, { roles: ["TEACHER"] });
  const student = await createUser(prisma);
  const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: options.quizSetSlug ?? "deportations-and-numbers" } });
  const klass = await prisma.class.create({
    data: { name: "Fixture class", joinCode: randomBytes(4).toString("hex").toUpperCase(), teacherId: teacher.id, enrollments: { create: { userId: student.id } } },
  });
  const now = Date.now();
  const assignment = await prisma.assignment.create({
    data: {
      classId: klass.id,
      quizSetId: quizSet.id,
      title: "Fixture assignment",
      opensAt: options.opensAt ?? new Date(now - 3600_000),
      dueAt: options.dueAt ?? new Date(now + 7 * 24 * 3600_000),
      maxAttempts: options.maxAttempts === undefined ? 2 : options.maxAttempts,
      timeLimitSeconds: options.timeLimitSeconds === undefined ? 1200 : options.timeLimitSeconds,
      reviewPolicy: options.reviewPolicy ?? "IMMEDIATELY",
    },
  });
  const viewer: Viewer = { id: student.id, roles: student.roles };
  return { student, viewer, teacher, klass, assignment, quizSet };
}
