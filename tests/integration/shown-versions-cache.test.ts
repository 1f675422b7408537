// The taking page's shared cache of question versions (lib/data/shown-versions.ts): two
// students on one shuffled assignment, each with their own saved answers, read their attempts
// from a cold and from a warm cache, in both orders of first visit. Each must get exactly their
// own order and answers, and the shared entries must stay as the versions were written.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getAttemptForTaking, startAttempt, type AttemptForTaking } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { forgetShownVersions, shownVersions } from "@/lib/data/shown-versions";
import { keyAnswer } from "@/lib/domain/answers";
import { parseStoredQuestion } from "@/lib/domain/questions";
import type { Viewer } from "@/lib/identity/viewer";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { testPrisma } from "@/tests/helpers/database";
import { createUser } from "@/tests/helpers/fixtures";
import { NotFoundError } from "@/lib/errors";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());
beforeEach(() => forgetShownVersions());

/** Per position: the option ids of each list in the order shown ("choices:a,b|…"). */
const orderOf = (attempt: AttemptForTaking) =>
  attempt.questions.map((q) =>
    Object.entries(q.options as Record<string, unknown>)
      .filter((entry): entry is [string, { id: string }[]] => Array.isArray(entry[1]))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => `${name}:${list.map((o) => o.id).join(",")}`)
      .join("|"),
  );

/** What the database says this attempt shows: the stored orders (or the version's own order). */
async function storedOrderOf(attemptId: string) {
  const responses = await prisma.response.findMany({ where: { attemptId }, orderBy: { position: "asc" }, include: { questionVersion: true } });
  return responses.map((r) => {
    const stored = (r.optionOrder ?? {}) as Record<string, string[]>;
    return Object.entries(r.questionVersion.options as Record<string, unknown>)
      .filter((entry): entry is [string, { id: string }[]] => Array.isArray(entry[1]))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => `${name}:${(stored[name] ?? list.map((o) => o.id)).join(",")}`)
      .join("|");
  });
}

async function twoStudentsOnOneShuffledAssignment() {
  const { viewer: first, assignment, klass } = await studentWithAssignment(prisma);
  await prisma.assignment.update({ where: { id: assignment.id }, data: { shuffleQuestions: true, shuffleOptions: true } });
  const classmate = await createUser(prisma);
  await prisma.enrollment.create({ data: { classId: klass.id, userId: classmate.id } });
  const second: Viewer = { id: classmate.id, roles: classmate.roles };
  const firstAttempt = await startAttempt(first, { assignmentId: assignment.id });
  const secondAttempt = await startAttempt(second, { assignmentId: assignment.id });

  // Each answers different questions: the first student the key of their first two positions,
  // the second the key of their last one.
  const answerWith = async (viewer: Viewer, attemptId: string, positions: number[]) => {
    let { sequence } = await getAttemptForTaking(viewer, attemptId);
    for (const position of positions) {
      const response = await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position } }, include: { questionVersion: true } });
      const answer = keyAnswer(response.questionVersion.type, parseStoredQuestion(response.questionVersion));
      ({ sequence } = await saveAnswer(viewer, { attemptId, position, answer, sequence }));
    }
  };
  const count = await prisma.response.count({ where: { attemptId: firstAttempt } });
  await answerWith(first, firstAttempt, [0, 1]);
  await answerWith(second, secondAttempt, [count - 1]);
  return { first, second, firstAttempt, secondAttempt, count };
}

async function expectOwnView(viewer: Viewer, attemptId: string, answeredPositions: number[]) {
  const taking = await getAttemptForTaking(viewer, attemptId);
  expect(orderOf(taking)).toEqual(await storedOrderOf(attemptId));
  const responses = await prisma.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
  expect(taking.questions.map((q) => q.answer)).toEqual(responses.map((r) => r.answer ?? null));
  expect(taking.questions.filter((q) => q.answer !== null).map((q) => q.position)).toEqual(answeredPositions);
  return taking;
}

describe("the shared cache of question versions", () => {
  it.each([
    ["first student first", false],
    ["second student first", true],
  ])("gives each of two students only their own order and answers, cold and warm (%s)", async (_, secondFirst) => {
    const { first, second, firstAttempt, secondAttempt, count } = await twoStudentsOnOneShuffledAssignment();
    // The draws differ (17 shuffled questions agreeing by chance is vanishingly unlikely), so a
    // crossover would show.
    expect(await storedOrderOf(firstAttempt)).not.toEqual(await storedOrderOf(secondAttempt));

    const visits: [Viewer, string, number[]][] = [
      [first, firstAttempt, [0, 1]],
      [second, secondAttempt, [count - 1]],
    ];
    if (secondFirst) visits.reverse();
    for (let round = 0; round < 2; round++) {
      for (const [viewer, attemptId, answered] of visits) await expectOwnView(viewer, attemptId, answered);
    }

    // The shared entries are the versions as written: stored order, and nothing else than
    // stem, points, type and options (no key, feedback, answer or order of either student).
    const responses = await prisma.response.findMany({ where: { attemptId: firstAttempt }, include: { questionVersion: true } });
    const cached = await shownVersions(responses.map((r) => r.questionVersionId));
    for (const { questionVersion: version } of responses) {
      const entry = cached.get(version.id)!;
      expect(Object.keys(entry).sort()).toEqual(["id", "points", "shown", "stem"]);
      expect(entry.shown).toEqual({ type: version.type, options: version.options });
      expect(Object.isFrozen(entry.shown.options)).toBe(true);
    }
  });

  it("serves a cached version to every reader as the same frozen object", async () => {
    const { first, firstAttempt } = await twoStudentsOnOneShuffledAssignment();
    forgetShownVersions();
    const before = await getAttemptForTaking(first, firstAttempt);
    const ids = (await prisma.response.findMany({ where: { attemptId: firstAttempt } })).map((r) => r.questionVersionId);
    const [a, b] = await Promise.all([shownVersions(ids), shownVersions(ids)]);
    // Served from the cache: the very same frozen objects.
    for (const id of ids) expect(a.get(id)).toBe(b.get(id));
    expect(await getAttemptForTaking(first, firstAttempt)).toEqual(before);
  });

  it("refuses another student's attempt with a warm cache, as with a cold one", async () => {
    const { second, firstAttempt } = await twoStudentsOnOneShuffledAssignment();
    await expect(getAttemptForTaking(second, firstAttempt)).rejects.toBeInstanceOf(NotFoundError);
  });
});
