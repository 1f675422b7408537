// Classmates for the demo class, each with a submitted attempt at the demo assignment, so that a
// newcomer signing in as the teacher sees a gradebook, a live view and an item analysis with
// something in them. They have no password (nobody signs in as them). Answers are chosen by a
// fixed pattern per student (right, a plausible wrong choice, or blank) and scored by the
// question types' own rules, exactly as a submit would.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { questionTypes } from "@/lib/domain/question-types";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { scoreAttempt } from "@/lib/domain/scoring";

export const demoClassmates = [
  { email: "lena@cited.test", name: "Lena Kovalenko", ability: 0.9 },
  { email: "marcus@cited.test", name: "Marcus Reid", ability: 0.75 },
  { email: "priya@cited.test", name: "Priya Nair", ability: 0.65 },
  { email: "jonas@cited.test", name: "Jonas Weber", ability: 0.55 },
  { email: "sofia@cited.test", name: "Sofía Ortega", ability: 0.45 },
  { email: "kwame@cited.test", name: "Kwame Mensah", ability: 0.35 },
] as const;

type Stored = { type: string; options: unknown; key: unknown; feedback: unknown };

/** Right when the pattern says so; otherwise the first wrong choice, or blank. */
function demoAnswer(version: Stored, right: boolean): unknown {
  const content = parseStoredQuestion(version as Parameters<typeof parseStoredQuestion>[0]);
  const definition = questionTypes[content.type] as unknown as { keyAnswer: (key: unknown) => unknown };
  if (right) return definition.keyAnswer(content.key);
  if (content.type === "SINGLE_CHOICE") {
    const wrong = content.options.choices.find((c) => c.id !== content.key.correct);
    return wrong ? { choice: wrong.id } : null;
  }
  if (content.type === "TRUE_FALSE") return { value: !content.key.correct };
  return null;
}

export async function seedDemoClassmates(prisma: PrismaClient, classId: string, assignmentId: string): Promise<void> {
  const assignment = await prisma.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { quizSetId: true, opensAt: true, items: { orderBy: { position: "asc" }, select: { position: true, questionVersion: true } } },
  });
  for (const [index, mate] of demoClassmates.entries()) {
    const user = await prisma.user.upsert({ where: { email: mate.email }, update: {}, create: { email: mate.email, name: mate.name, roles: ["STUDENT"] } });
    await prisma.enrollment.upsert({ where: { classId_userId: { classId, userId: user.id } }, update: {}, create: { classId, userId: user.id } });
    if (await prisma.attempt.findFirst({ where: { userId: user.id, assignmentId }, select: { id: true } })) continue;

    const answers = assignment.items.map((item) => demoAnswer(item.questionVersion, ((item.position * 37 + index * 11) % 100) / 100 < mate.ability));
    const result = scoreAttempt(
      assignment.items.map((item, i) => {
        const content = parseStoredQuestion(item.questionVersion);
        return { type: content.type, content, answer: answers[i], points: item.questionVersion.points };
      }),
    );
    const startedAt = new Date(assignment.opensAt.getTime() + (index + 1) * 40 * 60_000);
    await prisma.attempt.create({
      data: {
        userId: user.id,
        assignmentId,
        quizSetId: assignment.quizSetId,
        status: "SUBMITTED",
        startedAt,
        submittedAt: new Date(startedAt.getTime() + (9 + index) * 60_000),
        score: result.score,
        maxScore: result.maxScore,
        responses: {
          create: assignment.items.map((item, i) => ({
            position: item.position,
            questionVersionId: item.questionVersion.id,
            answer: answers[i] === null ? undefined : (answers[i] as object),
            savedAt: answers[i] === null ? null : startedAt,
            score: result.items[i].points,
            correct: result.items[i].correct,
          })),
        },
      },
    });
  }
}
