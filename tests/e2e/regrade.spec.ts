// A teacher previews and applies a regrade to a corrected question, without and with
// JavaScript's help; axe at desktop and phone widths. Everything here is this spec's own rows:
// a marked quiz set, its assignment in a class of its own, and a submitted attempt.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expect, test } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly } from "../helpers/browser";
import { assignmentOf, markedQuizSet } from "../helpers/marked-questions";

/** An assignment whose single-choice question (key c) was corrected to key b after a student answered c. */
async function correctedAssignment(prisma: PrismaClient) {
  const set = await markedQuizSet(prisma);
  const made = await assignmentOf(prisma, set.quizSet.id);
  const items = await prisma.assignmentItem.findMany({ where: { assignmentId: made.assignment.id }, orderBy: { position: "asc" } });
  await prisma.attempt.create({
    data: {
      userId: made.student.id,
      assignmentId: made.assignment.id,
      quizSetId: set.quizSet.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      score: 1,
      maxScore: 3,
      responses: {
        create: items.map((item) => ({
          position: item.position,
          questionVersionId: item.questionVersionId,
          answer: item.position === 1 ? { choice: "c" } : undefined,
          savedAt: new Date(),
          score: item.position === 1 ? 1 : 0,
          correct: item.position === 1,
        })),
      },
    },
  });
  const questionId = set.questionIds[1];
  const next = await prisma.questionVersion.create({
    data: {
      questionId,
      version: 2,
      type: "SINGLE_CHOICE",
      stem: "Pick one (corrected).",
      options: { choices: [{ id: "a", text: "First" }, { id: "b", text: "Second" }, { id: "c", text: "Third" }] },
      key: { correct: "b" },
      explanation: "Corrected.",
    },
  });
  await prisma.question.update({ where: { id: questionId }, data: { currentVersionId: next.id } });
  return made;
}

test.describe("regrading an assignment", () => {
  test("previews the change, asks for confirmation, applies it once", async ({ browser, prisma }) => {
    const made = await correctedAssignment(prisma);
    const context = await browser.newContext();
    await signInDirectly(context, prisma, made.teacher.email);
    const page = await context.newPage();
    try {
      await page.goto(`/teach/assignments/${made.assignment.id}/regrade`);
      await expect(page.getByRole("heading", { name: /Question 2 .*version 1 → 2/ })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Marker Student" }).first()).toContainText("Changes");
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoSeriousA11yViolations(page);
      }
      if (process.env.SHOTS_DIR) {
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: `${process.env.SHOTS_DIR}/regrade-${width}.png`, fullPage: true });
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByRole("checkbox", { name: /I checked the preview/ }).check();
      await page.getByRole("button", { name: "Regrade" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Regraded 1 question: 1 answer moved to the new version, 1 score changed." })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Nothing to regrade" })).toBeVisible();
      const attempt = await prisma.attempt.findFirstOrThrow({ where: { assignmentId: made.assignment.id } });
      expect(Number(attempt.score)).toBe(0);
    } finally {
      await context.close();
    }
  });

  test("works without JavaScript", async ({ browser, prisma }) => {
    const made = await correctedAssignment(prisma);
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signInDirectly(context, prisma, made.teacher.email);
    const page = await context.newPage();
    try {
      await page.goto(`/teach/assignments/${made.assignment.id}/regrade`);
      await page.getByRole("checkbox", { name: /I checked the preview/ }).check();
      await page.getByRole("button", { name: "Regrade" }).click();
      await expect(page.getByRole("heading", { name: "Nothing to regrade" })).toBeVisible();
      expect(await prisma.auditEntry.count({ where: { entityId: made.assignment.id, action: "assignment.regrade" } })).toBe(1);
    } finally {
      await context.close();
    }
  });
});
