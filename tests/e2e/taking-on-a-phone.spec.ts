// The taking page on a phone (issue 12, items 9 and 10): the question and its options on the
// first screen, the timer and save state in a bar that stays in view, the question map folded
// away (and open as before on a desktop), and matching answers shown whole, not cut.
import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { expect, test } from "../helpers/roles";
import { expectNoSidewaysScroll, question, startFixtureAttempt } from "../helpers/taking-page";

const phone = { width: 390, height: 844 };

/** The line that unfolds the question map on a phone (a <details> summary). */
const foldedMap = (page: Page) => page.locator("summary").filter({ hasText: "All questions" });

/** The progress bar: timer and save state, meant to stay in view. */
const progressBar = (page: Page) => page.getByRole("region", { name: "Progress" });

/**
 * How tall the select's shown value needs to be for `text` to be read whole at the select's
 * width (wrapping as a paragraph would), and how tall it is: a select that cuts its value is
 * one line high however long the text.
 */
function shownAndNeeded(select: Locator, text: string) {
  return select.evaluate((element, text) => {
    const style = getComputedStyle(element);
    // The arrow takes its width from the text; a native select draws it in the content box.
    const arrow = parseFloat(getComputedStyle(element, "::picker-icon").width) || 16;
    const probe = document.createElement("div");
    probe.textContent = text;
    Object.assign(probe.style, {
      position: "absolute",
      visibility: "hidden",
      font: style.font,
      letterSpacing: style.letterSpacing,
      lineHeight: style.lineHeight,
      width: `${element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow}px`,
    });
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().height;
    probe.remove();
    return { needed, shown: element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) };
  }, text);
}

test.describe("the taking page on a phone", () => {
  test.use({ viewport: phone });

  test("shows the question and its options first, keeps the timer and save state in view, folds the map", async ({ context, page, prisma }, testInfo) => {
    test.setTimeout(120_000);
    const attemptId = await startFixtureAttempt(page, context, prisma);

    // The first screen: every option of question 1, whole, without scrolling.
    const options = question(page, 1).getByRole("radio");
    await expect(options).not.toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("taking-390-first-screen.png") });
    await page.screenshot({ path: testInfo.outputPath("taking-390-full-page.png"), fullPage: true });
    for (const option of await options.all()) await expect(option).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("timer")).toBeInViewport();

    // The map is folded into one line that opens it, without JavaScript's help (a <details>).
    const map = page.getByRole("navigation", { name: "Questions", exact: true });
    await expect(map).toBeHidden();
    await foldedMap(page).click();
    await expect(map).toBeVisible();
    await expect(map.getByRole("button", { name: /^Question 17,/ })).toBeVisible();

    // Scrolled to the end of a long question, the bar with the timer and save state is still there.
    await page.goto(`/attempts/${attemptId}?q=17`);
    await question(page, 17).getByRole("combobox").first().selectOption({ index: 1 });
    await expect(progressBar(page).getByRole("status").filter({ hasText: /saved/i }).first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.screenshot({ path: testInfo.outputPath("taking-390-scrolled.png") });
    await expect(page.getByRole("button", { name: "Submit answers" })).toBeInViewport();
    await expect(progressBar(page)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("timer")).toBeInViewport();
    await expect(progressBar(page).getByText(/^(All changes saved\.|Saving…)$/)).toBeInViewport();

    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: phone.height });
      for (const number of [1, 15, 17]) {
        await page.goto(`/attempts/${attemptId}?q=${number}`);
        await expect(question(page, number)).toBeVisible();
        await expectNoSidewaysScroll(page);
      }
    }
    await page.setViewportSize(phone);
    await expectNoSeriousA11yViolations(page);
  });

  test("the timer does not announce every second", async ({ context, page, prisma }) => {
    await startFixtureAttempt(page, context, prisma);
    const timer = page.getByRole("timer");
    await expect(timer).toHaveAttribute("aria-live", "off");
    // No live region holds the ticking clock: it would be read out each second.
    const liveWithClock = page.locator("[aria-live=polite], [aria-live=assertive], [role=status], [role=alert]").filter({ has: timer });
    await expect(liveWithClock).toHaveCount(0);
  });
});

test("on a desktop the question map is open as before", async ({ context, page, prisma }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await startFixtureAttempt(page, context, prisma);
  const map = page.getByRole("navigation", { name: "Questions", exact: true });
  await expect(map.getByRole("button", { name: /^Question 17,/ })).toBeVisible();
  await expect(foldedMap(page)).toBeHidden();
});

test("matching shows each answer whole, the longest included, on a phone and a desktop", async ({ context, page, prisma }) => {
  const attemptId = await startFixtureAttempt(page, context, prisma);
  for (const viewport of [phone, { width: 1280, height: 900 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`/attempts/${attemptId}?q=17`);
    const selects = question(page, 17).getByRole("combobox");
    await expect(selects).not.toHaveCount(0);
    for (const select of await selects.all()) {
      const texts = (await select.locator("option").allTextContents()).map((t) => t.trim());
      const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
      await select.selectOption({ label: longest });
      const { shown, needed } = await shownAndNeeded(select, longest);
      expect(shown, `"${longest}" at ${viewport.width} px`).toBeGreaterThanOrEqual(needed - 1);
    }
    await expectNoSidewaysScroll(page);
  }
});
