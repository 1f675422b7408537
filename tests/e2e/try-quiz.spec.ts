import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { mainNav } from "../helpers/browser";
import { testPrisma } from "../helpers/database";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

// That nothing is stored is checked in tests/integration/public-quiz.test.ts, where no other
// test writes to the database at the same time.
test("a visitor tries the public quiz: scored and explained", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Try it: the letter, the children and the Alaska summit" }).click();
  await expect(page).toHaveURL(/\/quizzes\/alaska-summit-practice$/);
  await page.getByRole("link", { name: "Try it without an account" }).click();
  await expect(page).toHaveURL(/\/quizzes\/alaska-summit-practice\/try$/);
  await expectNoSeriousA11yViolations(page);

  const question = (n: number) => page.getByRole("group", { name: new RegExp(`^Question ${n} of 9`) });
  await question(1).getByLabel("Melania Trump").check();
  await question(2).getByRole("textbox", { name: "Your answer" }).fill("Juneau");
  await page.getByRole("button", { name: "Check my answers" }).click();

  await expect(page.getByText("This score is not stored")).toBeVisible();
  await expect(page.getByText("1 of 12 points")).toBeVisible();
  const reviewed = page.getByRole("list", { name: "Questions", exact: true }).getByRole("article");
  await expect(reviewed).toHaveCount(9);
  await expect(reviewed.first().getByRole("region", { name: "Explanation" })).toContainText("Melania Trump");
  const city = reviewed.nth(1);
  await expect(city).toContainText("Juneau is Alaska's capital, but the summit was in Anchorage.");
  await expect(city.getByText("Wrong", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create an account" }).last()).toBeVisible();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(page);
  }
});

test("the quizzes page shows a visitor the public set and asks them to sign in", async ({ page }) => {
  await page.goto("/");
  await mainNav(page).getByRole("link", { name: "Quizzes" }).click();
  await expect(page).toHaveURL(/\/quizzes$/);
  await expect(page.getByRole("heading", { name: "Sign in to take quizzes" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Practice" }).getByRole("listitem")).toHaveCount(1);
  await expect(mainNav(page).getByRole("link", { name: "Progress" })).toHaveCount(0);
});

test("a private set has no try page", async ({ page }) => {
  const response = await page.goto("/quizzes/the-full-article/try");
  expect(response?.status()).toBe(404);
  await page.goto("/quizzes/the-full-article");
  await expect(page.getByRole("link", { name: "Sign in to practise" })).toBeVisible();
});
