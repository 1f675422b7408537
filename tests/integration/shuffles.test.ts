// Shuffled attempts (issue 8, item 4): each attempt draws its own order of questions and
// options, stores it, and shows it the same way every time; scores go by option ids.
import { afterAll, describe, expect, it } from "vitest";
import { getAttemptForTaking, startAttempt, submitAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { getReview } from "@/lib/data/review";
import { keyAnswer } from "@/lib/domain/answers";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { testPrisma } from "@/tests/helpers/database";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { createUser } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

/** "choices:a,b,c|…" for each list of options, by list name. */
const optionIds = (options: object) =>
  Object.entries(options)
    .filter((entry): entry is [string, { id: string }[]] => Array.isArray(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => `${name}:${list.map((o) => o.id).join(",")}`)
    .join("|");

describe("shuffled attempts", () => {
  it("give each student their own order, the same on every read and in the review, scored by ids", async () => {
    const { viewer, assignment, klass } = await studentWithAssignment(prisma);
    await prisma.assignment.update({ where: { id: assignment.id }, data: { shuffleQuestions: true, shuffleOptions: true } });
    const classmate = await createUser(prisma);
    await prisma.enrollment.create({ data: { classId: klass.id, userId: classmate.id } });
    const other = { id: classmate.id, roles: classmate.roles };

    const mine = await startAttempt(viewer, { assignmentId: assignment.id });
    const theirs = await startAttempt(other, { assignmentId: assignment.id });
    const first = await getAttemptForTaking(viewer, mine);
    const again = await getAttemptForTaking(viewer, mine);
    const classmates = await getAttemptForTaking(other, theirs);

    const shape = (attempt: typeof first) => attempt.questions.map((q) => `${q.stem}::${optionIds(q.options)}`);
    expect(shape(again)).toEqual(shape(first));
    // 17 questions with their options: two draws that agree would be a broken shuffle.
    expect(shape(classmates)).not.toEqual(shape(first));
    expect(new Set(first.questions.map((q) => q.stem))).toEqual(new Set(classmates.questions.map((q) => q.stem)));

    // The key of each question, saved through the shuffled view, scores full marks.
    let sequence = first.sequence;
    for (const q of first.questions) {
      const response = await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId: mine, position: q.position } }, include: { questionVersion: true } });
      const answer = keyAnswer(q.type, parseStoredQuestion(response.questionVersion));
      ({ sequence } = await saveAnswer(viewer, { attemptId: mine, position: q.position, answer, sequence }));
    }
    await submitAttempt(viewer, mine);
    const review = await getReview(viewer, mine);
    expect(review.score).toBe(review.maxScore);
    expect(review.items.map((i) => `${i.stem}::${optionIds(i.options)}`)).toEqual(shape(first));
  });

  it("keeps the stored order when the set does not shuffle", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    await prisma.assignment.update({ where: { id: assignment.id }, data: { shuffleQuestions: false, shuffleOptions: false } });
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const frozen = await prisma.assignmentItem.findMany({ where: { assignmentId: assignment.id }, orderBy: { position: "asc" }, include: { questionVersion: true } });
    const taking = await getAttemptForTaking(viewer, id);
    expect(taking.questions.map((q) => q.stem)).toEqual(frozen.map((i) => i.questionVersion.stem));
    expect(taking.questions.map((q) => optionIds(q.options))).toEqual(frozen.map((i) => optionIds(i.questionVersion.options as object)));
  });
});
