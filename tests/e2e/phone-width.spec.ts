// No page scrolls sideways on a 360 px phone. /progress once did: its chart's table for screen
// readers was 684 px wide, and a visually hidden table still widened the page.
import type { Page } from "@playwright/test";
import { createUser } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";

test.use({ viewport: { width: 360, height: 740 } });

async function expectNoSidewaysScroll(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("main")).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: url }).toBeLessThanOrEqual(0);
}

test("pages fit a 360 px phone, the progress chart with its table included", async ({ page, signInAs }) => {
  for (const url of ["/", "/quizzes", "/sources/ukraine-children-letter", "/sign-in", "/sign-up", "/quizzes/alaska-summit-practice/try"]) await expectNoSidewaysScroll(page, url);

  await signInAs("new student");
  await page.goto("/quizzes/alaska-summit-practice");
  await page.getByRole("button", { name: /^Start practice/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await expectNoSidewaysScroll(page, page.url());
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);
  for (const url of [page.url(), "/progress", "/account"]) await expectNoSidewaysScroll(page, url);
});

test("teaching pages fit a 360 px phone", async ({ page, prisma, signInAs }) => {
  test.setTimeout(120_000);
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  const assignment = await prisma.assignment.findFirstOrThrow({ where: { classId: klass.id }, orderBy: { createdAt: "asc" } });
  const attempt = await prisma.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id, status: "SUBMITTED" }, orderBy: { submittedAt: "asc" } });
  await signInAs("teacher");
  for (const url of [
    "/teach",
    `/teach/classes/${klass.id}`,
    `/teach/classes/${klass.id}/code`,
    `/teach/classes/${klass.id}/gradebook`,
    `/teach/classes/${klass.id}/students/${attempt.userId}`,
    `/teach/attempts/${attempt.id}`,
    `/teach/assignments/${assignment.id}`,
    `/teach/assignments/${assignment.id}/live`,
    `/teach/assignments/${assignment.id}/analysis`,
    `/teach/assignments/${assignment.id}/regrade`,
    `/teach/assignments/new?classId=${klass.id}`,
    "/teach/quiz-sets",
    "/teach/quiz-sets/new",
    `/teach/quiz-sets/${assignment.quizSetId}`,
    `/teach/quiz-sets/${assignment.quizSetId}/analysis`,
  ]) {
    await expectNoSidewaysScroll(page, url);
  }
});

test("admin and account pages fit a 360 px phone", async ({ page, prisma, signInAs }) => {
  const student = await prisma.user.findUniqueOrThrow({ where: { email: "student@cited.test" } });
  // A long unbroken word in the log (an email, a pasted name), as other tests' changes leave there.
  const long = await createUser(prisma, { email: `a-very-long-address-with-no-spaces-at-all-${Date.now()}@a-long-school-domain.example`, name: "x".repeat(80) });
  const admin = await signInAs("admin");
  await prisma.auditEntry.create({ data: { actorId: admin.id, action: "user.name", entityType: "User", entityId: long.id, targetUserId: long.id, before: { name: "y".repeat(80) }, after: { name: long.name } } });
  for (const url of ["/admin/users", `/admin/users/${student.id}`, "/admin/audit", "/join", "/join/ALASKA25", "/forgot-password"]) await expectNoSidewaysScroll(page, url);
});

// "Sign out" used to wrap onto a line of its own in the phone header: it now keeps to the line of
// the account link, whatever the name's length and whichever links come before.
test("Sign out never sits alone on a line of the phone header", async ({ page, signInAs }) => {
  for (const width of [320, 360, 390]) {
    for (const role of ["new student", "teacher", "admin"] as const) {
      await page.context().clearCookies();
      await page.setViewportSize({ width, height: 740 });
      const user = await signInAs(role);
      await page.goto("/account");
      const nav = page.getByRole("navigation", { name: "Main" });
      const signOut = await nav.getByRole("button", { name: "Sign out" }).boundingBox();
      const account = await nav.getByRole("link", { name: user.name, exact: true }).boundingBox();
      expect(signOut && account, `${role} at ${width} px`).toBeTruthy();
      expect(Math.abs(signOut!.y + signOut!.height / 2 - (account!.y + account!.height / 2)), `${role} at ${width} px`).toBeLessThan(4);
    }
  }
});
