// A citation says whose figure it quotes and as of when from its own evidence, never from the
// fact it is cited for: the Independent's "nearly 19,500" is ISW's figure as of March 2025, not
// "Ukraine (official count), as of June 2025"; UNN's report is of 10 October 2025.
// With CITE_SHOTS=<folder>, the cards are also saved there at 390 px (docs/screenshots/).
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { studentWithAssignment } from "../helpers/attempts";
import { signInDirectly } from "../helpers/browser";
import { expect, test } from "../helpers/roles";

/** The cards of the Independent's ISW figure, of UNN's later report, and of the article's own count. */
async function expectOwnLabels(page: Page) {
  const isw = page.locator("figure").filter({ hasText: "“nearly 19,500”" });
  const unn = page.locator("figure").filter({ hasText: "“Putin reacted to Melania Trump's letter”" });
  await expect(isw.first()).toBeVisible();
  const iswCount = await isw.count();
  for (let i = 0; i < iswCount; i++) {
    await expect(isw.nth(i)).toContainText("Figure from ISW (Institute for the Study of War), as of March 2025");
    await expect(isw.nth(i)).toContainText("The Independent, published 16 August 2025");
    // The fact's label appears only as the figure the question is about, said to be another.
    await expect(isw.nth(i)).toContainText("Not the figure the question is about. That one: Figure from Ukraine (official count), as of June 2025.");
  }
  await expect(unn.first()).toContainText("Reported by UNN (Ukrainian National News), as of 10 October 2025");
  await expect(unn.first()).not.toContainText("Reported by Reuters, citing White House officials, as of August 2025 ·");
  // Where the evidence agrees with the fact, the fact's label is the card's label.
  const official = page.locator("figure").filter({ hasText: "“it’s Ukraine’s official count as of June.”" }).first();
  await expect(official).toContainText("Figure from Ukraine (official count), as of June 2025");
  await expect(official).not.toContainText("Not the figure");
  return { isw, unn };
}

test("the review, and the teacher's view of the attempt, label each quote with its own source's claimant and as-of date", async ({ page, context, prisma }) => {
  // Several page loads, two sign-ins and axe scans on a shared 2-core machine.
  test.setTimeout(240_000);
  // An assignment of its own (review straight after submitting): practice leaves out questions
  // that the demo class's open assignment holds back, and those include every ISW citation.
  const { student, teacher, assignment } = await studentWithAssignment(prisma, { quizSetSlug: "whose-figure-is-it", timeLimitSeconds: null });
  try {
    await signInDirectly(context, prisma, student.email);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`/assignments/${assignment.id}`);
    await page.getByRole("button", { name: /^Start/ }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const attemptId = page.url().split("/").pop()!;
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(/\/review$/);

    const isw = page.locator("figure").filter({ hasText: "“nearly 19,500”" });
    await expect(isw.first()).toBeVisible();
    if (process.env.CITE_SHOTS) {
      await isw.first().screenshot({ path: path.join(process.env.CITE_SHOTS, "review-citation-isw-390.png") });
      const unn = page.locator("figure").filter({ hasText: "“Putin reacted to Melania Trump's letter”" });
      await unn.first().screenshot({ path: path.join(process.env.CITE_SHOTS, "review-citation-unn-390.png") });
    }
    await expectOwnLabels(page);
    if (process.env.CITE_SHOTS) {
      await page.screenshot({ path: path.join(process.env.CITE_SHOTS, "review-390.png"), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await isw.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(process.env.CITE_SHOTS, "review-citation-isw-1280.png") });
      await page.setViewportSize({ width: 390, height: 900 });
    }
    await expectNoSeriousA11yViolations(page);

    // The teacher's view of the same attempt shows the same cards.
    await context.clearCookies();
    await signInDirectly(context, prisma, teacher.email);
    await page.goto(`/teach/attempts/${attemptId}`);
    await expectOwnLabels(page);
    if (process.env.CITE_SHOTS) {
      await isw.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(process.env.CITE_SHOTS, "teacher-attempt-citation-390.png") });
    }
  } finally {
    // Closed, so that it holds no key back from the other specs' practice.
    await prisma.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - 60_000) } });
  }
});
