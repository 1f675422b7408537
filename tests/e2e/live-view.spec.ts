// The teacher's live view follows a student through the demo assignment without a reload; it
// works without JavaScript (Refresh link); it passes axe at desktop and phone widths.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "../helpers/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { actorEmails, createUser } from "../helpers/fixtures";

const assignmentTitle = "Week 1: the deported children and the numbers";

async function demoAssignment(prisma: PrismaClient) {
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  return prisma.assignment.findFirstOrThrow({ where: { classId: klass.id, title: assignmentTitle }, select: { id: true, classId: true } });
}

async function teacherPage(browser: Browser, prisma: PrismaClient, path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  await signInDirectly(context, prisma, actorEmails.teacher);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

/** A new student of the demo class, signed in in a context of their own. */
async function freshStudent(browser: Browser, prisma: PrismaClient, classId: string): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const user = await createUser(prisma, { name: `Live Taker ${unique()}` });
  await prisma.enrollment.create({ data: { classId, userId: user.id } });
  const context = await browser.newContext();
  await signInDirectly(context, prisma, user.email);
  return { context, page: await context.newPage(), email: user.email };
}

const points = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

test.describe("the live view of an assignment", () => {
  test("follows a student from not started to working to submitted, without reloading", async ({ browser, prisma }) => {
    test.setTimeout(120_000);
    const assignment = await demoAssignment(prisma);
    const student = await freshStudent(browser, prisma, assignment.classId);
    const teacher = await teacherPage(browser, prisma, `/teach/assignments/${assignment.id}/live`);
    try {
      const row = teacher.page.getByRole("row").filter({ hasText: student.email });
      await expect(row).toContainText("Not started");
      // Marks this document: a reload would lose it.
      await teacher.page.evaluate(() => document.body.setAttribute("data-not-reloaded", "yes"));

      await student.page.goto(`/assignments/${assignment.id}`);
      await student.page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
      await expect(student.page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
      const attemptId = /\/attempts\/([a-z0-9]+)/.exec(student.page.url())![1];
      await expect(row).toContainText("Working");
      await expect(row).toContainText("Not answered yet");

      await student.page.getByRole("group", { name: /^Question 1 of \d+/ }).getByLabel("Ukraine's official count, as of June 2025").check();
      await expect(student.page.getByRole("group", { name: /^Question 1 of \d+/ }).getByRole("status")).toHaveText(/^Saved \d/);
      await expect(row).toContainText(/Question 1 of \d+/);
      await expect(row).toContainText(/Answered 1 of \d+/);

      student.page.once("dialog", (dialog) => void dialog.accept());
      await student.page.getByRole("button", { name: "Submit answers" }).click();
      await expect(student.page).toHaveURL(/\/review$/);
      const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      await expect(row).toContainText("Submitted");
      await expect(row).toContainText(`${points(Number(attempt.score))} / ${points(Number(attempt.maxScore))}`);
      // What changed was announced once, as counts.
      await expect(teacher.page.getByRole("status").filter({ hasText: /submitted/ })).toHaveText(/^\d+ not started, \d+ working, (\d+ time up, )?\d+ submitted$/);
      await expect(teacher.page.locator("body")).toHaveAttribute("data-not-reloaded", "yes");
    } finally {
      await student.context.close();
      await teacher.context.close();
    }
  });

  test("renders without JavaScript, and its Refresh link reloads it", async ({ browser, prisma }) => {
    const assignment = await demoAssignment(prisma);
    const path = `/teach/assignments/${assignment.id}/live`;
    const { context, page } = await teacherPage(browser, prisma, path, { javaScriptEnabled: false });
    try {
      await expect(page.getByRole("heading", { level: 1 })).toContainText(assignmentTitle);
      await expect(page.getByRole("table")).toBeVisible();
      const updated = await page.getByText(/^Updated at/).textContent();
      expect(updated).toMatch(/^Updated at \d\d:\d\d:\d\d$/);
      // A student who joins now appears after Refresh.
      const newcomer = await createUser(prisma, { name: `Late Joiner ${unique()}` });
      await prisma.enrollment.create({ data: { classId: assignment.classId, userId: newcomer.id } });
      await page.getByRole("link", { name: "Refresh" }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("row").filter({ hasText: newcomer.email })).toContainText("Not started");
    } finally {
      await context.close();
    }
  });

  for (const width of [1280, 360]) {
    test(`passes axe at ${width} px`, async ({ browser, prisma }) => {
      const assignment = await demoAssignment(prisma);
      const { context, page } = await teacherPage(browser, prisma, `/teach/assignments/${assignment.id}/live`);
      try {
        await page.setViewportSize({ width, height: 900 });
        await expect(page.getByRole("table")).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        // For looking at the page (not compared): SHOTS_DIR=… npm test -- e2e
        if (process.env.SHOTS_DIR) {
          if (width === 360) await page.setViewportSize({ width: 390, height: 900 });
          await page.screenshot({ path: `${process.env.SHOTS_DIR}/live-${width === 360 ? 390 : width}.png`, fullPage: true });
        }
      } finally {
        await context.close();
      }
    });
  }
});
