// Ordering by drag and drop (issue 12, item 10): with the mouse, with the keyboard, and without
// JavaScript (the place selects). Each way must save through the same fields and autosave, and
// the saved order must come back after a reload.
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { expect, test } from "../helpers/roles";
import { expectSaved, question, savedAnswer, startFixtureAttempt } from "../helpers/taking-page";

// Question 15 of the fixture set: four numbers of children, smallest first, by id. The
// assignment shuffles them per attempt, so each test reads the order it was shown.
const text: Record<string, string> = {
  documented: "Documented as taken (the article's count, as of June 2025)",
  estimate: "The article's estimate of the actual number",
  reunited: "Returned to their families, as the First Lady announced after her letter (reported in October 2025)",
  returned: "Brought back by the coalition in 2024",
};
const ordering = (page: Page) => question(page, 15).getByRole("list", { name: "Order" });
const items = (page: Page) => ordering(page).getByRole("listitem");
const expectOrder = (page: Page, ids: string[]) => expect(items(page)).toHaveText(ids.map((id, i) => new RegExp(`^${i + 1}\\.\\s*${escape(text[id])}`)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const move = <T,>(order: T[], from: number, to: number) => {
  const next = [...order];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
};
/** The ids in the order the list shows them. */
async function shownOrder(page: Page) {
  await expect(items(page)).toHaveCount(4);
  const texts = await items(page).allTextContents();
  return texts.map((t) => Object.keys(text).find((id) => t.includes(text[id]))!);
}
const handle = (page: Page, id: string) => question(page, 15).getByRole("button", { name: `Drag ${text[id]}` });

test("drag with the mouse puts an item in its place, autosaves, and comes back after a reload", async ({ context, page, prisma }) => {
  test.setTimeout(120_000);
  // Tall enough that the whole list is on screen: the mouse only reaches what is in the viewport.
  await page.setViewportSize({ width: 1280, height: 1400 });
  const attemptId = await startFixtureAttempt(page, context, prisma);
  await page.goto(`/attempts/${attemptId}?q=15`);
  const shown = await shownOrder(page);
  await expect(ordering(page)).toBeInViewport({ ratio: 1 });

  // The third item dragged above the first.
  const from = await handle(page, shown[2]).boundingBox();
  const to = await items(page).first().boundingBox();
  if (!from || !to) throw new Error("the list is not laid out");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // In steps, so the sensor sees a drag (past its activation distance) and the list makes room.
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 10 });
  await expect(ordering(page).locator("[aria-pressed=true], [data-dragging=true]")).not.toHaveCount(0);
  await page.mouse.up();

  const expected = move(shown, 2, 0);
  await expectOrder(page, expected);
  await expectSaved(page, 15);
  await expect.poll(() => savedAnswer(prisma, attemptId, 14)).toEqual({ order: expected });

  await page.reload();
  await expectOrder(page, expected);
});

test("the keyboard reorders with the drag handle and with move buttons, announced to screen readers", async ({ context, page, prisma }) => {
  // Three axe scans at the end: on a busy machine they alone can take half a minute.
  test.setTimeout(120_000);
  const attemptId = await startFixtureAttempt(page, context, prisma);
  await page.goto(`/attempts/${attemptId}?q=15`);
  const shown = await shownOrder(page);

  // dnd-kit's keyboard sensor: Space picks up, arrows move, Space drops. The last goes second.
  await handle(page, shown[3]).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: `Picked up ${text[shown[3]]}` })).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: /moved to place 3 of 4/ })).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status").filter({ hasText: /moved to place 2 of 4/ })).toBeAttached();
  await page.keyboard.press("Space");
  const dragged = move(shown, 3, 1);
  await expectOrder(page, dragged);
  await expectSaved(page, 15);

  // The move buttons, for anyone who would rather not drag: focus stays on the item moved.
  const last = dragged[3];
  const up = question(page, 15).getByRole("button", { name: `Move up: ${text[last]}` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expectOrder(page, move(dragged, 3, 2));
  await expect(question(page, 15).getByText(`${text[last]}: place 3 of 4.`)).toBeAttached();
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  const expected = move(dragged, 3, 0);
  await expectOrder(page, expected);
  // At the top, "up" can go no further: focus moved to its "down" button rather than being lost.
  await expect(question(page, 15).getByRole("button", { name: `Move down: ${text[last]}` })).toBeFocused();
  await expectSaved(page, 15);
  await expect.poll(() => savedAnswer(prisma, attemptId, 14)).toEqual({ order: expected });

  await page.reload();
  await expectOrder(page, expected);
  await expectNoSeriousA11yViolations(page);
});

test("an unanswered list can be kept as shown, which saves it", async ({ context, page, prisma }) => {
  const attemptId = await startFixtureAttempt(page, context, prisma);
  await page.goto(`/attempts/${attemptId}?q=15`);
  const shown = await shownOrder(page);
  await question(page, 15).getByRole("button", { name: "Keep this order" }).click();
  await expectSaved(page, 15);
  await expect.poll(() => savedAnswer(prisma, attemptId, 14)).toEqual({ order: shown });
  await expect(question(page, 15).getByRole("button", { name: "Keep this order" })).toBeHidden();
});

test("without JavaScript the place selects still order the items and save on Next", async ({ browser, prisma }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const attemptId = await startFixtureAttempt(page, context, prisma);
    await page.goto(`/attempts/${attemptId}?q=15`);
    const places: [string, string][] = [
      ["reunited", "1"],
      ["returned", "2"],
      ["documented", "3"],
      ["estimate", "4"],
    ];
    for (const [id, place] of places) await question(page, 15).getByLabel(`Place of ${text[id]}`).selectOption(place);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page).toHaveURL(/\?q=16$/);
    expect(await savedAnswer(prisma, attemptId, 14)).toEqual({ order: ["reunited", "returned", "documented", "estimate"] });

    await page.goto(`/attempts/${attemptId}?q=15`);
    for (const [id, place] of places) await expect(question(page, 15).getByLabel(`Place of ${text[id]}`)).toHaveValue(place);
    await expect(handle(page, "reunited")).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("two items given the same place without JavaScript are refused with a message, and nothing is lost", async ({ browser, prisma }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const attemptId = await startFixtureAttempt(page, context, prisma);
    await page.goto(`/attempts/${attemptId}?q=15`);
    await question(page, 15).getByLabel(`Place of ${text.reunited}`).selectOption("1");
    await question(page, 15).getByLabel(`Place of ${text.returned}`).selectOption("1");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(question(page, 15).getByText(/different place/)).toBeVisible();
    expect(await savedAnswer(prisma, attemptId, 14)).toBeNull();
  } finally {
    await context.close();
  }
});
