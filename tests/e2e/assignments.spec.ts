// A teacher builds a quiz set from the bank, assigns it to the seeded class, a student of the
// class sees it, and the teacher gives that student an extension; with axe scans at 1280 and
// 360 px. Every row here is made by this test and removed at the end.
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";
import { utcToZoned } from "@/lib/domain/zoned-time";

/** Screenshots for a person to look at, only when SHOTS_DIR asks for them. */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function scanAtBothWidths(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousA11yViolations(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a teacher builds a set from the bank, assigns it, and extends it for one student", async ({ page, browser, prisma, signInAs }) => {
  // One long journey with eight axe scans: on a busy machine it needs more than the default minute.
  test.setTimeout(240_000);
  const tag = unique();
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  const student = await createUser(prisma, { name: `Sasha Extension ${tag}` });
  await prisma.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  let quizSetId = "";
  let assignmentId = "";
  try {
    await signInAs("teacher");

    // ── The set ──
    await page.goto("/teach/quiz-sets");
    await page.getByRole("link", { name: "New quiz set" }).click();
    await scanAtBothWidths(page);
    await page.getByLabel("Title").fill(`Summit set ${tag}`);
    await page.getByRole("button", { name: "Create the set and add questions" }).click();
    await expect(page).toHaveURL(/\/teach\/quiz-sets\/(?!new$)[a-z0-9]+$/);
    quizSetId = new URL(page.url()).pathname.split("/").pop()!;

    await page.getByLabel("Words in the question").fill("the");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=the/);
    const bank = page.getByRole("list", { name: "Questions in the bank" });
    for (let n = 1; n <= 3; n++) {
      await bank.getByRole("button", { name: /^Add / }).first().click();
      await expect(page.getByRole("heading", { name: `Questions in this set (${n})` })).toBeVisible();
    }
    const items = page.getByRole("list", { name: "Questions in this set" }).getByRole("listitem");
    await expect(items).toHaveCount(3);
    const thirdUp = items.nth(2).getByRole("button", { name: / up$/ });
    const third = (await thirdUp.getAttribute("aria-label"))!.replace(/^Move | up$/g, "");
    await thirdUp.focus();
    await page.keyboard.press("Enter");
    await expect(items.nth(1)).toContainText(third);
    await expect(items.nth(2)).not.toContainText(third);
    await scanAtBothWidths(page);
    await shot(page, "quiz-set-builder");

    // ── The assignment ──
    await page.getByRole("link", { name: "Assign this set to a class" }).click();
    await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
    await scanAtBothWidths(page);
    const title = `Summit <script>alert(1)</script> ${tag}`;
    await page.getByLabel("Class").selectOption(klass.id);
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Time zone").selectOption("UTC");
    await page.getByLabel("Opens at").fill(utcToZoned(new Date(Date.now() - 3_600_000), "UTC"));
    await page.getByLabel("Due at").fill(utcToZoned(new Date(Date.now() + 7 * 24 * 3_600_000), "UTC"));
    await page.getByLabel("Time limit (minutes)").fill("15");
    await page.getByLabel("Shuffle the questions for each student").check();
    await page.getByLabel("Shuffle the options of each question").check();
    await page.getByRole("button", { name: "Create assignment" }).click();
    await expect(page).toHaveURL(/\/teach\/assignments\/[a-z0-9]+\?created=1$/);
    assignmentId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({
      timeLimitSeconds: 900,
      shuffleQuestions: true,
      shuffleOptions: true,
      quizSetId,
    });
    for (const name of ["Live view", "Item analysis", "Regrade", "Gradebook"]) await expect(page.getByRole("link", { name })).toBeVisible();

    // ── The student sees it ──
    const studentContext = await browser.newContext();
    try {
      await signInDirectly(studentContext, prisma, student.email);
      const studentPage = await studentContext.newPage();
      await studentPage.goto("/quizzes");
      await expect(studentPage.getByRole("link", { name: title, exact: true })).toBeVisible();
    } finally {
      await studentContext.close();
    }

    // ── The extension ──
    const card = page.getByRole("listitem").filter({ hasText: student.name });
    await card.getByLabel("Extra minutes").fill("10");
    await card.getByRole("button", { name: `Save the extension for ${student.name}` }).click();
    await expect(card.getByText("Extension: +10 min per attempt")).toBeVisible();
    expect((await prisma.extension.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId, userId: student.id } } })).extraSeconds).toBe(600);
    await scanAtBothWidths(page);
    await shot(page, "assignment");
  } finally {
    if (assignmentId) await prisma.assignment.deleteMany({ where: { id: assignmentId, attempts: { none: {} } } });
    if (quizSetId) await prisma.quizSet.deleteMany({ where: { id: quizSetId, assignments: { none: {} } } });
    await prisma.user.delete({ where: { id: student.id } });
  }
});
