// History that the database itself keeps from changing (issue 8, items 2 and 3): question
// versions, a published source's text, cited evidence and facts, a question's current
// version, and the versions an assignment froze when it was created.
import { afterAll, describe, expect, it } from "vitest";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { testPrisma } from "@/tests/helpers/database";
import { assignmentOf, markedQuizSet } from "@/tests/helpers/marked-questions";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("history cannot change", () => {
  it("refuses an UPDATE of any question version", async () => {
    const version = await prisma.questionVersion.findFirstOrThrow();
    await expect(prisma.questionVersion.update({ where: { id: version.id }, data: { stem: "rewritten" } })).rejects.toThrow(/question versions cannot change/);
    await expect(prisma.$executeRaw`UPDATE "QuestionVersion" SET key = '{"correct": "b"}' WHERE id = ${version.id}`).rejects.toThrow(/cannot change/);
    expect((await prisma.questionVersion.findUniqueOrThrow({ where: { id: version.id } })).stem).toBe(version.stem);
  });

  it("refuses to change a published source's text, but lets its title be corrected", async () => {
    const source = await prisma.source.findUniqueOrThrow({ where: { slug: "ukraine-children-letter" } });
    expect(source.status).toBe("PUBLISHED");
    await expect(prisma.source.update({ where: { id: source.id }, data: { text: `${source.text} More.` } })).rejects.toThrow(/text cannot change/);
    await prisma.source.update({ where: { id: source.id }, data: { title: source.title } });
  });

  it("refuses to change cited evidence or the wording of a cited fact; uncited evidence may change", async () => {
    const cited = await prisma.evidence.findFirstOrThrow({ where: { citations: { some: {} } }, include: { fact: true } });
    await expect(prisma.evidence.update({ where: { id: cited.id }, data: { quote: "something else" } })).rejects.toThrow(/cited evidence cannot change/);
    await expect(prisma.fact.update({ where: { id: cited.factId }, data: { statement: "A different claim." } })).rejects.toThrow(/cited fact cannot change/);
    await prisma.evidence.update({ where: { id: cited.id }, data: { note: cited.note } });

    const loose = await prisma.evidence.create({ data: { factId: cited.factId, sourceId: cited.sourceId, quote: `uncited ${Date.now()}` } });
    await prisma.evidence.update({ where: { id: loose.id }, data: { quote: `still uncited ${Date.now()}` } });
    await prisma.evidence.delete({ where: { id: loose.id } });
  });

  it("keeps a question's current version among its own versions, and a published question with one", async () => {
    const [a, b] = await prisma.question.findMany({ take: 2, orderBy: { code: "asc" } });
    await expect(prisma.question.update({ where: { id: a.id }, data: { currentVersionId: b.currentVersionId } })).rejects.toThrow();
    await expect(prisma.question.create({ data: { code: `QX${Date.now()}`, status: "PUBLISHED" } })).rejects.toThrow(/Question_published_has_version/);
    await expect(prisma.question.update({ where: { id: a.id }, data: { currentVersionId: null } })).rejects.toThrow(/Question_published_has_version/);
  });
});

describe("an assignment freezes its questions", () => {
  it("records its set's current versions when created, and gives exactly those after the bank moves on", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma);
    const { student, assignment } = await assignmentOf(prisma, quizSet.id);
    const frozen = await prisma.assignmentItem.findMany({ where: { assignmentId: assignment.id }, orderBy: { position: "asc" }, include: { questionVersion: true } });
    expect(frozen.map((i) => i.questionVersion.questionId)).toEqual(questionIds);

    // An author edits the first question: a new version becomes current in the bank.
    const old = frozen[0].questionVersion;
    const edited = await prisma.questionVersion.create({
      data: {
        questionId: old.questionId,
        version: 2,
        type: old.type,
        stem: "Edited stem.",
        options: old.options!,
        key: old.key!,
        explanation: old.explanation,
        citations: { create: (await prisma.citation.findMany({ where: { questionVersionId: old.id } })).map((c) => ({ evidenceId: c.evidenceId, position: c.position })) },
      },
    });
    await prisma.question.update({ where: { id: old.questionId }, data: { currentVersionId: edited.id } });

    const attemptId = await startAttempt({ id: student.id, roles: student.roles }, { assignmentId: assignment.id });
    const responses = await prisma.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(responses.map((r) => r.questionVersionId)).toEqual(frozen.map((i) => i.questionVersionId));

    const other = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "anchorage-summit" } });
    await expect(prisma.assignment.update({ where: { id: assignment.id }, data: { quizSetId: other.id } })).rejects.toThrow(/keeps its quiz set/);
  });
});

describe("exact scores", () => {
  it("stores scores as exact decimals, and refuses a total that is not the sum of its responses", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma);
    expect(questionIds).toHaveLength(3);
    const { student, assignment } = await assignmentOf(prisma, quizSet.id);
    const viewer = { id: student.id, roles: student.roles };
    const attemptId = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, attemptId);
    const [column] = await prisma.$queryRaw<{ data_type: string }[]>`
      SELECT data_type FROM information_schema.columns WHERE table_name = 'Response' AND column_name = 'score'`;
    expect(column.data_type).toBe("numeric");

    // A response's score changed without the total: refused when the transaction commits.
    const response = await prisma.response.findFirstOrThrow({ where: { attemptId } });
    await expect(prisma.response.update({ where: { id: response.id }, data: { score: "0.33" } })).rejects.toThrow(/sum of its responses/);
    await expect(prisma.attempt.update({ where: { id: attemptId }, data: { score: "1.00" } })).rejects.toThrow(/sum of its responses/);
    // Both together, as a regrade or an override does: accepted, exactly.
    await prisma.$transaction([
      prisma.response.update({ where: { id: response.id }, data: { score: "0.33" } }),
      prisma.attempt.update({ where: { id: attemptId }, data: { score: "0.33" } }),
    ]);
    const after = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.score?.toString()).toBe("0.33");
  });
});
