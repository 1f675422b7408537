import { afterAll, describe, expect, it } from "vitest";
import { testDatabaseUrl, testPrisma } from "@/tests/helpers/database";
import { seededQuestionCodes, seededQuizSets } from "@/tests/helpers/fixtures";
import { seedBundle } from "@/tests/helpers/seed-bundle";
import { resolveQuote } from "@/lib/domain/quote-match";
import { questionTypeNames as questionTypes } from "@/lib/domain/question-types";
import { seed } from "@/prisma/seed";
import { demoClassmates } from "@/prisma/seed-demo-class";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("the seeded article", () => {
  it("is stored byte-exact, split into sentences with the teaser kept as a related link", async () => {
    const source = await prisma.source.findUniqueOrThrow({
      where: { slug: "ukraine-children-letter" },
      include: { sentences: { orderBy: { index: "asc" } }, relatedLinks: true },
    });
    expect(source.text).toContain("“serious consequences”he previously");
    expect(source.sentences).toHaveLength(33);
    expect(source.sentences[0].kind).toBe("HEADLINE");
    expect(source.relatedLinks).toHaveLength(1);
    const teaser = source.relatedLinks[0];
    expect(source.text!.slice(teaser.start!, teaser.end!)).toMatch(/^Russian war crimes:/);
    for (const sentence of source.sentences) {
      expect(sentence.end <= teaser.start! || sentence.start >= teaser.end!).toBe(true);
    }
  });

  it("has evidence whose stored span is exactly where its quote occurs", async () => {
    const evidence = await prisma.evidence.findMany({ include: { source: true } });
    const inText = evidence.filter((e) => e.source.text !== null);
    expect(inText.length).toBeGreaterThanOrEqual(18);
    for (const e of inText) {
      const resolved = resolveQuote(e.source.text!, e.quote);
      expect(resolved, e.quote).toMatchObject({ ok: true, span: { start: e.start, end: e.end } });
    }
    for (const e of evidence.filter((x) => x.source.text === null)) {
      expect(e.start).toBeNull();
      expect(e.source.url).toMatch(/^https:\/\//);
    }
  });

  it("covers every fact F1-F18 with a question, and uses every question type", async () => {
    // Other test files record facts of their own in this database: look at the seeded ones.
    const codes = Array.from({ length: 18 }, (_, i) => `F${i + 1}`).sort();
    expect(seedBundle().facts.map((f) => f.code).sort()).toEqual(codes);
    const facts = await prisma.fact.findMany({
      where: { code: { in: codes } },
      include: { evidence: { include: { citations: { include: { questionVersion: true } } } } },
    });
    expect(facts.map((f) => f.code).sort()).toEqual(codes);
    for (const fact of facts) {
      const cited = fact.evidence.some((e) => e.citations.length > 0);
      expect(cited, `${fact.code} is cited by a question`).toBe(true);
    }
    const versions = await prisma.questionVersion.findMany({ where: { question: { code: { in: seededQuestionCodes() } } }, select: { type: true } });
    expect(versions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(versions.map((v) => v.type))).toEqual(new Set(questionTypes));
  });

  it("publishes only questions with a citation that resolves to a quote in a stored source", async () => {
    // Other test files add questions of their own to this database: look at the seeded ones.
    const questions = await prisma.question.findMany({
      where: { status: "PUBLISHED", code: { in: seededQuestionCodes() } },
      include: { currentVersion: { include: { citations: { include: { evidence: true } } } } },
    });
    for (const question of questions) {
      const resolvable = question.currentVersion!.citations.filter((c) => c.evidence.start !== null);
      expect(resolvable.length, question.code ?? question.id).toBeGreaterThan(0);
    }
  });

  it("has three or more published quiz sets, exactly one public", async () => {
    // Other test files add sets of their own to this database: look at the seeded ones.
    const seeded = seededQuizSets().map((set) => set.slug);
    const sets = await prisma.quizSet.findMany({ where: { status: "PUBLISHED", slug: { in: seeded } }, include: { _count: { select: { items: true } } } });
    expect(sets).toHaveLength(seeded.length);
    expect(sets.length).toBeGreaterThanOrEqual(3);
    expect(sets.filter((s) => s.isPublic)).toHaveLength(1);
    for (const set of sets) expect(set._count.items).toBeGreaterThan(0);
  });

  it("shuffles options in every seeded set and the demo assignment (the seed's keys sit first in stored order)", async () => {
    // The seed's single-choice keys are the first or second option and its multiple-select keys
    // the first ones listed: only a shuffle keeps a student from scoring by position.
    const sets = await prisma.quizSet.findMany({ where: { slug: { in: seededQuizSets().map((set) => set.slug) } }, select: { slug: true, shuffleOptions: true } });
    expect(sets.filter((set) => !set.shuffleOptions)).toEqual([]);
    const demo = await prisma.assignment.findFirstOrThrow({ where: { class: { joinCode: "ALASKA25" } }, select: { shuffleOptions: true } });
    expect(demo.shuffleOptions).toBe(true);
  });

  it("has the demo teacher's class with the demo students, their classmates and a timed assignment", async () => {
    const klass = await prisma.class.findUniqueOrThrow({
      where: { joinCode: "ALASKA25" },
      include: { teacher: true, enrollments: { include: { user: true } }, assignments: true },
    });
    expect(klass.teacher.roles).toContain("TEACHER");
    const demoStudents = ["amira@cited.test", "ben@cited.test", "student@cited.test", ...demoClassmates.map((m) => m.email)];
    expect(klass.enrollments.map((e) => e.user.email).sort()).toEqual(demoStudents.sort());
    expect(klass.assignments).toHaveLength(1);
    expect(klass.assignments[0].timeLimitSeconds).toBeGreaterThan(0);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });
    expect(admin.roles).toContain("ADMIN");
    expect(admin.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives the demo class classmates with submitted, scored attempts of differing scores", async () => {
    const attempts = await prisma.attempt.findMany({
      where: { user: { email: { in: demoClassmates.map((m) => m.email) } } },
      select: { status: true, score: true, maxScore: true, assignment: { select: { class: { select: { joinCode: true } } } }, _count: { select: { responses: true } } },
    });
    expect(attempts).toHaveLength(demoClassmates.length);
    for (const attempt of attempts) {
      expect(attempt.status).toBe("SUBMITTED");
      expect(attempt.assignment?.class.joinCode).toBe("ALASKA25");
      expect(attempt._count.responses).toBeGreaterThan(0);
      expect(Number(attempt.maxScore)).toBeGreaterThan(0);
    }
    expect(new Set(attempts.map((a) => Number(a.score))).size).toBeGreaterThan(2);
  });

  it("is idempotent: seeding again changes nothing", async () => {
    const count = async () =>
      Promise.all([
        prisma.source.count(),
        prisma.sentence.count(),
        prisma.fact.count(),
        prisma.evidence.count(),
        prisma.question.count(),
        prisma.questionVersion.count(),
        prisma.citation.count(),
        prisma.quizSet.count(),
        prisma.quizItem.count(),
        prisma.user.count(),
        prisma.enrollment.count(),
        prisma.assignment.count(),
        prisma.attempt.count({ where: { user: { email: { in: demoClassmates.map((m) => m.email) } } } }),
      ]);
    const before = await count();
    await seed(testDatabaseUrl(), { demo: true });
    expect(await count()).toEqual(before);
    expect(before.at(-1)).toBe(demoClassmates.length);
  });
});
