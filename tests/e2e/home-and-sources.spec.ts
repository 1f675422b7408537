import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { seededPublishedSetTitles } from "../helpers/fixtures";
import { seedBundle } from "../helpers/seed-bundle";

test.describe("home page", () => {
  test("lists the published quiz sets and the sources", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn the news, sentence by sentence");
    const quizzes = page.getByRole("region", { name: "Quiz sets" });
    // Other specs publish sets of their own in the shared database: look for the seeded ones.
    for (const title of seededPublishedSetTitles()) await expect(quizzes.getByRole("heading", { name: title, exact: true })).toBeVisible();
    const publicCard = quizzes.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Try it: the letter, the children and the Alaska summit" }) });
    await expect(publicCard.getByText("Open practice")).toBeVisible();
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("link", { name: /US First Lady delivers personal letter to Putin/ })).toBeVisible();
    // Authoring specs publish sources of their own: every seeded one is listed, whatever else is.
    for (const source of seedBundle().sources) await expect(sources.getByRole("link", { name: source.title, exact: true })).toBeVisible();
  });

  test("has no serious accessibility violations, in light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expectNoSeriousA11yViolations(page);
    }
  });
});

test.describe("source reader", () => {
  test("shows the article with every sentence addressable and the targeted one highlighted", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /US First Lady delivers personal letter/ }).click();
    await expect(page).toHaveURL(/\/sources\/ukraine-children-letter$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("US First Lady delivers personal letter to Putin");
    await expect(page.locator("[data-sentence]")).toHaveCount(33);
    await expect(page.getByText("Related story (not a claim of this article)")).toBeVisible();

    await page.goto("/sources/ukraine-children-letter#s-6");
    const target = page.locator("#s-6");
    await expect(target).toHaveText("Ukraine has documented over 19,000 children illegally removed from their territories.");
    // Wait for the :target highlight to settle instead of reading the style once.
    const plain = await page.locator("#s-7").evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(target).not.toHaveCSS("background-color", plain);
    await expect(target).toBeInViewport();
    await expectNoSeriousA11yViolations(page);
  });

  test("shows a linked source without stored text", async ({ page }) => {
    await page.goto("/sources/independent-2025-08-16");
    await expect(page.getByText("does not keep a copy of its text")).toBeVisible();
    await expect(page.getByRole("link", { name: "Read the original" })).toHaveAttribute("href", /independent\.co\.uk/);
  });

  test("answers an unknown source with a 404 page", async ({ page }) => {
    const response = await page.goto("/sources/no-such-source");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test("GET /api/health reports the app and the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", app: "ok", database: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});
