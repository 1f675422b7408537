// A teacher reads the item analysis of an assignment in the seeded class (ALASKA25): by
// question (a facility value as seeded), by fact, and from a fact to its sentence in the reader.
// The assignment, its quiz set and the students' attempts are made here, so nothing another
// spec does changes the figures; the assignment is archived (students never see it) and removed
// afterwards.
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { createUser, ensureCoTeacher } from "../helpers/fixtures";
import { markedQuizSet } from "../helpers/marked-questions";
import { expect, test } from "../helpers/roles";

// Four students; question 2 (single choice, key "c"): three right, one "b" → facility 75%.
const choices = ["c", "c", "c", "b"];

async function seedAssignment(prisma: PrismaClient) {
  const marked = await markedQuizSet(prisma);
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  const assignment = await prisma.assignment.create({
    data: {
      classId: klass.id,
      quizSetId: marked.quizSet.id,
      title: `Analysis ${marked.marker}`,
      opensAt: new Date(Date.now() - 7_200_000),
      dueAt: new Date(Date.now() - 3_600_000),
      archivedAt: new Date(),
    },
  });
  const items = await prisma.assignmentItem.findMany({ where: { assignmentId: assignment.id }, orderBy: { position: "asc" } });
  for (const choice of choices) {
    const student = await createUser(prisma, { name: "Analysis student" });
    await prisma.enrollment.create({ data: { classId: klass.id, userId: student.id } });
    const scores = [0, choice === "c" ? 1 : 0, 1];
    const answers = [{ text: "no idea" }, { choice }, { value: marked.numericKey }];
    await prisma.attempt.create({
      data: {
        userId: student.id,
        assignmentId: assignment.id,
        quizSetId: marked.quizSet.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        score: scores.reduce((a, b) => a + b, 0),
        maxScore: 3,
        responses: {
          create: items.map((item, position) => ({
            position,
            questionVersionId: item.questionVersionId,
            answer: answers[position],
            score: scores[position],
            correct: scores[position] === 1,
          })),
        },
      },
    });
  }
  return assignment;
}

async function removeAssignment(prisma: PrismaClient, assignmentId: string) {
  await prisma.attempt.deleteMany({ where: { assignmentId } });
  await prisma.assignment.delete({ where: { id: assignmentId } });
}

/** axe and no sideways scrolling at 1280 and 360 px; screenshots when SHOTS_DIR is set. */
async function scan(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}-${width}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a teacher reads an assignment's item analysis by question and by fact, then the source sentence", async ({ page, prisma, signInAs }) => {
  const assignment = await seedAssignment(prisma);
  try {
    await signInAs("teacher");
    await page.goto(`/teach/assignments/${assignment.id}/analysis`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(assignment.title);
    await expect(page.getByText("Based on 4 attempts")).toBeVisible();

    const byQuestion = page.getByRole("region", { name: "Figures by question" });
    const row = byQuestion.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^2\b/ }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("75%");
    // "Second" was chosen once: 1 of 4.
    await row.getByRole("link", { name: "2" }).click();
    const question = page.getByRole("article", { name: "Pick one." });
    await expect(question).toBeInViewport();
    await expect(question.getByText("1 (25%)")).toBeVisible();
    await scan(page, "assignment");

    const byFact = page.getByRole("region", { name: "By fact" });
    await expect(byFact.getByRole("article")).toHaveCount(1);
    // Every question cites the same fact: per student (q1 + q2 + q3) / 3 = 2/3, 2/3, 2/3, 1/3; mean 7/12 → 58%.
    await expect(byFact.getByText("58%")).toBeVisible();
    const reader = byFact.getByRole("link", { name: /^Read it in the article/ }).first();
    const href = await reader.getAttribute("href");
    expect(href).toMatch(/^\/sources\/[a-z0-9-]+#s-\d+$/);
    await reader.click();
    await expect(page).toHaveURL(href!);
    const sentence = page.locator(`[id="${href!.split("#")[1]}"]`);
    await expect(sentence).toBeInViewport();
    expect(await sentence.evaluate((el) => el.matches(":target"))).toBe(true);
  } finally {
    await removeAssignment(prisma, assignment.id);
  }
});

test("the analysis says so when nobody has submitted yet; the quiz set's analysis lists its assignments", async ({ page, prisma, signInAs }) => {
  await ensureCoTeacher(prisma);
  const marked = await markedQuizSet(prisma);
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  const assignment = await prisma.assignment.create({
    data: { classId: klass.id, quizSetId: marked.quizSet.id, title: `Empty ${marked.marker}`, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000), archivedAt: new Date() },
  });
  try {
    await signInAs("coTeacher");
    await page.goto(`/teach/assignments/${assignment.id}/analysis`);
    await expect(page.getByText("No student has submitted an attempt yet.")).toBeVisible();
    await scan(page, "empty");
    await page.goto(`/teach/quiz-sets/${marked.quizSet.id}/analysis`);
    await page.getByText("Over 1 assignment").click();
    await expect(page.getByRole("link", { name: assignment.title })).toBeVisible();
    await scan(page, "quiz-set");
  } finally {
    await removeAssignment(prisma, assignment.id);
  }
});
