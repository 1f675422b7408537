// A citation says whose figure it quotes and as of when from its own evidence, never from the
// fact it is cited for: the Independent's "nearly 19,500" is ISW's figure as of March 2025, not
// "Ukraine (official count), as of June 2025"; UNN's report is of 10 October 2025.
// With CITE_SHOTS=<folder>, the cards are also saved there at 390 px (docs/screenshots/).
import path from "node:path";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { expect, test } from "../helpers/roles";

test("the review labels each quote with its own source's claimant and as-of date", async ({ page, signInAs }) => {
  await signInAs("new student");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/quizzes/whose-figure-is-it");
  await page.getByRole("button", { name: /^Start practice/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);

  const isw = page.locator("figure").filter({ hasText: "“nearly 19,500”" });
  const unn = page.locator("figure").filter({ hasText: "“Melania Trump's letter”" });
  await expect(isw.first()).toBeVisible();
  if (process.env.CITE_SHOTS) {
    await isw.first().screenshot({ path: path.join(process.env.CITE_SHOTS, "review-citation-isw-390.png") });
    await unn.first().screenshot({ path: path.join(process.env.CITE_SHOTS, "review-citation-unn-390.png") });
  }
  const iswCount = await isw.count();
  expect(iswCount).toBeGreaterThan(0);
  for (let i = 0; i < iswCount; i++) {
    await expect(isw.nth(i)).toContainText("Figure from ISW (Institute for the Study of War), as of March 2025");
    await expect(isw.nth(i)).toContainText("The Independent, published 16 August 2025");
    await expect(isw.nth(i)).not.toContainText("Figure from Ukraine (official count), as of June 2025 ·");
    // The fact's own label is shown only as what differs.
    await expect(isw.nth(i)).toContainText("Not the figure the question is about");
  }
  await expect(unn.first()).toContainText("as of 10 October 2025");
  await expect(unn.first()).not.toContainText("Reported by Reuters, citing White House officials, as of August 2025 ·");
  // Where the evidence agrees with the fact, the fact's label is the card's label.
  const official = page.locator("figure").filter({ hasText: "“it’s Ukraine’s official count as of June.”" }).first();
  await expect(official).toContainText("Figure from Ukraine (official count), as of June 2025");
  await expect(official).not.toContainText("Not the figure");

  await expectNoSeriousA11yViolations(page);
});
