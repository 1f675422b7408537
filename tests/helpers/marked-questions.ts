// Questions whose key, feedback and explanation carry a unique marker, in a published set of
// their own, and an assignment of that set in a class of its own: a test that scans what the
// browser (or a data function) returns for the marker owns every row it looks at.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "./fixtures";

export const numericKeyOf = (marker: string) => 7_000_000 + (parseInt(marker.slice(2, 7), 16) % 999_999);

export async function markedQuizSet(prisma: PrismaClient, options: { isPublic?: boolean } = {}) {
  const marker = `ZQ${randomBytes(4).toString("hex").toUpperCase()}`;
  const suffix = randomBytes(3).toString("hex");
  const evidence = await prisma.evidence.findFirstOrThrow({ where: { start: { not: null } } });
  const question = async (n: number, data: { type: "SHORT_TEXT" | "SINGLE_CHOICE" | "NUMERIC"; stem: string; options: object; key: object; feedback?: object }) => {
    const created = await prisma.question.create({ data: { code: `Q9${suffix}${n}`, status: "DRAFT" } });
    const version = await prisma.questionVersion.create({
      data: {
        questionId: created.id,
        version: 1,
        ...data,
        explanation: `The reason is ${marker}-EXPLANATION.`,
        citations: { create: { evidenceId: evidence.id } },
      },
    });
    await prisma.question.update({ where: { id: created.id }, data: { currentVersionId: version.id, status: "PUBLISHED" } });
    return created.id;
  };
  const questionIds = [
    await question(1, { type: "SHORT_TEXT", stem: "Type any word.", options: {}, key: { accepted: [`${marker}-KEY`] }, feedback: { hint: `${marker}-FEEDBACK` } }),
    await question(2, {
      type: "SINGLE_CHOICE",
      stem: "Pick one.",
      options: { choices: [{ id: "a", text: "First" }, { id: "b", text: "Second" }, { id: "c", text: "Third" }] },
      key: { correct: "c" },
      feedback: { a: `${marker}-FEEDBACK-A`, c: `${marker}-FEEDBACK-C` },
    }),
    await question(3, { type: "NUMERIC", stem: "Any number.", options: {}, key: { value: numericKeyOf(marker), tolerance: 0, toleranceKind: "absolute" } }),
  ];
  const quizSet = await prisma.quizSet.create({
    data: {
      slug: `marked-${suffix}`,
      title: `Marked ${suffix}`,
      status: "PUBLISHED",
      isPublic: options.isPublic ?? false,
      items: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
  });
  return { marker, numericKey: numericKeyOf(marker), questionIds, quizSet };
}

export type MarkedAssignmentOptions = {
  reviewPolicy?: "IMMEDIATELY" | "AFTER_DUE" | "NEVER";
  opensAt?: Date;
  dueAt?: Date;
};

/** A class of its own (a teacher and one student) with an assignment of `quizSetId`. */
export async function assignmentOf(prisma: PrismaClient, quizSetId: string, options: MarkedAssignmentOptions = {}) {
  const suffix = randomBytes(3).toString("hex");
  const teacher = await createUser(prisma, { roles: ["TEACHER"] });
  const student = await createUser(prisma, { name: "Marker Student" });
  const klass = await prisma.class.create({
    data: { name: "Marker class", joinCode: `MK${suffix.toUpperCase()}`, teacherId: teacher.id, enrollments: { create: { userId: student.id } } },
  });
  const assignment = await prisma.assignment.create({
    data: {
      classId: klass.id,
      quizSetId,
      title: `Marked assignment ${suffix}`,
      opensAt: options.opensAt ?? new Date(Date.now() - 3600_000),
      dueAt: options.dueAt ?? new Date(Date.now() + 86_400_000),
      timeLimitSeconds: 900,
      reviewPolicy: options.reviewPolicy ?? "IMMEDIATELY",
    },
  });
  return { teacher, student, klass, assignment };
}
