import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "../helpers/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { createUser, seededPublishedSetTitles } from "../helpers/fixtures";

const assignmentTitle = "Week 1: the deported children and the numbers";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

/** A new student in the demo class (ALASKA25), signed in: tests never share attempts. */
async function freshStudent(context: BrowserContext) {
  const user = await createUser(prisma, { name: "Quiz Taker" });
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await prisma.enrollment.create({ data: { classId: klass.id, userId: user.id } });
  await signInDirectly(context, prisma, user.email);
  return user;
}

/** The demo assignment's total points, from the versions it froze (not from seed wording). */
async function maxPoints() {
  const items = await prisma.assignmentItem.findMany({ where: { assignment: { title: assignmentTitle } }, select: { questionVersion: { select: { points: true } } } });
  return items.reduce((sum, item) => sum + item.questionVersion.points, 0);
}

async function assignmentId() {
  return (await prisma.assignment.findFirstOrThrow({ where: { title: assignmentTitle }, select: { id: true } })).id;
}

/** The fieldset of question `number` (1-based). */
const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of \\d+`) });

const expectSaved = (page: Page, number: number) => expect(question(page, number).getByRole("status")).toHaveText(/^Saved \d/);

function attemptIdOf(page: Page): string {
  const match = /^\/attempts\/([a-z0-9]+)/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on an attempt page: ${page.url()}`);
  return match[1];
}

async function savedAnswer(attemptId: string, position: number) {
  return (await prisma.response.findFirstOrThrow({ where: { attemptId, position }, select: { answer: true } })).answer;
}

async function goToQuestion(page: Page, number: number) {
  await page.getByRole("navigation", { name: "Questions", exact: true }).getByRole("button", { name: new RegExp(`^Question ${number},`) }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === String(number));
}

test.describe("taking an assignment", () => {
  test("a student answers every question type, reloads, submits and follows a citation to its sentence", async ({ context, page }) => {
    test.setTimeout(90_000);
    await freshStudent(context);
    await page.goto("/quizzes");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: assignmentTitle }) });
    await expect(card).toContainText("0 of 2 used");
    await card.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
    await expect(page).toHaveURL(/^[^?]*\/attempts\/[a-z0-9]+$/);
    const attemptId = attemptIdOf(page);
    await expect(page.getByRole("timer")).toHaveText(/^(20:00|19:[0-5]\d)$/);
    await expectNoSeriousA11yViolations(page);
    // Nothing that gives the answer away is in the page or its data: no feedback, no explanation.
    const html = await page.content();
    expect(html).not.toContain("Nearly 19,500 is the ISW figure");
    expect(html).not.toContain("A figure belongs to a source and a date");

    // 1, single choice, with the mouse.
    await question(page, 1).getByLabel("Ukraine's official count, as of June 2025").check();
    await expectSaved(page, 1);
    await expect(page.getByRole("button", { name: "Question 1, answered" })).toHaveAttribute("aria-current", "step");
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 2, single choice, with the keyboard.
    await expect(page).toHaveURL(/\?q=2$/);
    await question(page, 2).getByRole("radio").first().focus();
    await page.keyboard.press("Space");
    await expectSaved(page, 2);
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // 3, multiple select, with the keyboard.
    await expect(page).toHaveURL(/\?q=3$/);
    for (const label of ["They range from infants to older teenagers", "They include children with and without parents", "Many have had their identities changed"]) {
      await question(page, 3).getByLabel(label).focus();
      await page.keyboard.press("Space");
    }
    await expectSaved(page, 3);

    // 6, true/false, reached through the question map.
    await goToQuestion(page, 6);
    await question(page, 6).getByLabel("True").check();
    await expectSaved(page, 6);

    // 8, numeric: typed, saved once the student pauses.
    await goToQuestion(page, 8);
    const countries = question(page, 8).getByRole("textbox", { name: "Your answer" });
    await expect(countries).toHaveAttribute("inputmode", "decimal");
    await countries.fill("41");
    await expectSaved(page, 8);

    // A reload mid-way loses nothing.
    await page.reload();
    await expect(question(page, 8).getByRole("textbox", { name: "Your answer" })).toHaveValue("41");
    await goToQuestion(page, 3);
    await expect(question(page, 3).getByLabel("Many have had their identities changed")).toBeChecked();
    await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute("aria-valuetext", "5 of 17 answered");

    // 13, short text.
    await goToQuestion(page, 13);
    await question(page, 13).getByRole("textbox", { name: "Your answer" }).fill("Lvova-Belova");
    await page.keyboard.press("Tab");
    await expectSaved(page, 13);

    // 15, ordering: each item moved up into its place with its button (ordering-drag.spec.ts
    // drags them, and uses the no-JavaScript selects).
    await goToQuestion(page, 15);
    const order = [
      "Returned to their families, as the First Lady announced after her letter (reported in October 2025)",
      "Brought back by the coalition in 2024",
      "Documented as taken (the article's count, as of June 2025)",
      "The article's estimate of the actual number",
    ];
    const items = question(page, 15).getByRole("list", { name: "Order" }).getByRole("listitem");
    await expect(items).toHaveCount(order.length);
    for (const [place, text] of order.entries()) {
      const at = (await items.allTextContents()).findIndex((shown) => shown.includes(text));
      for (let i = at; i > place; i--) await question(page, 15).getByRole("button", { name: `Move up: ${text}` }).click();
      await expect(items.nth(place)).toContainText(text);
    }
    await expectSaved(page, 15);

    // 17, matching: an answer for each prompt.
    await goToQuestion(page, 17);
    const pairs: [string, string][] = [
      ["Nearly 19,500 children verified", "ISW, as of March 2025 (cited by The Independent)"],
      ["Nearly 20,000 children documented", "upday UK, August 2025"],
      ["Nearly 600 children brought back", "The International Coalition, in 2024"],
    ];
    for (const [prompt, answer] of pairs) await question(page, 17).getByLabel(prompt).selectOption({ label: answer });
    await expectSaved(page, 17);

    expect(await savedAnswer(attemptId, 14)).toEqual({ order: ["reunited", "returned", "documented", "estimate"] });
    expect(await savedAnswer(attemptId, 7)).toEqual({ value: 41 });

    // Submit asks first, and says how many are unanswered.
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`));
    expect(asked).toContain("9 questions are not answered");

    // The review: score, explanations, citations.
    await expect(page.getByText(/^\d+% ?$/).first()).toBeVisible();
    await expect(page.getByText(new RegExp(`^[\\d.]+ of ${await maxPoints()} points$`))).toBeVisible();
    const first = page.getByRole("article", { name: /The article says "over 19,000"/ });
    await expect(first.getByText("Correct", { exact: true })).toBeVisible();
    await expect(first.getByRole("region", { name: "Explanation" })).toContainText("Ukraine's official count");
    await expect(first.locator("blockquote").first()).toHaveText("“Ukraine has documented over 19,000 children illegally removed from their territories.”");
    await expectNoSeriousA11yViolations(page);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.status).toBe("SUBMITTED");
    expect(Number(attempt.score)).toBeGreaterThanOrEqual(8);

    // "Read it in the article" lands on the sentence, highlighted.
    await first.getByRole("link", { name: /^Read it in the article/ }).first().click();
    await expect(page).toHaveURL(/\/sources\/ukraine-children-letter#s-\d+$/);
    const n = Number(new URL(page.url()).hash.slice(3));
    await expect(page.locator(`#s-${n}`)).toHaveText("Ukraine has documented over 19,000 children illegally removed from their territories.");
    // The next sentence is never the target: its background is the plain one. The target's
    // highlight applies once :target styling settles, so wait for it rather than read it once.
    const plain = await page.locator(`#s-${n + 1}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(page.locator(`#s-${n}`)).not.toHaveCSS("background-color", plain);
  });

  test("a stale tab cannot overwrite a newer answer, and says so", async ({ context, page }) => {
    const user = await freshStudent(context);
    await page.goto(`/assignments/${await assignmentId()}`);
    await page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const attemptId = attemptIdOf(page);
    const other = await context.newPage();
    await other.goto(page.url());

    await question(page, 1).getByLabel("Russia's own figure for evacuated children").check();
    await expectSaved(page, 1);

    await question(other, 1).getByLabel("Ukraine's official count, as of June 2025").check();
    await expect(other.getByRole("alert").filter({ hasText: "changed in another tab or window" })).toBeVisible();
    await expect(other.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(question(other, 1).getByRole("status")).toHaveText("Not saved: saving has stopped.");
    await other.emulateMedia({ colorScheme: "dark" });
    await expectNoSeriousA11yViolations(other);

    expect(await savedAnswer(attemptId, 0)).toEqual({ choice: "c" });
    expect(await prisma.attempt.count({ where: { userId: user.id } })).toBe(1);

    await other.getByRole("button", { name: "Reload" }).click();
    await expect(question(other, 1).getByLabel("Russia's own figure for evacuated children")).toBeChecked();
  });

  test("a dropped connection keeps the answer queued, warns before leaving, and saves it when back", async ({ context, page }) => {
    await freshStudent(context);
    await page.goto(`/assignments/${await assignmentId()}`);
    await page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const attemptId = attemptIdOf(page);

    await page.route("**/api/attempts/**", (route) => route.abort("internetdisconnected"));
    await question(page, 1).getByLabel("Ukraine's official count, as of June 2025").check();
    await expect(question(page, 1).getByRole("status")).toHaveText(/^Not saved yet: no connection/);
    await expect(page.getByText(/^Not saved yet: no connection\. Your changes are kept here/)).toBeVisible();

    const warned = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await warned;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();

    await page.unroute("**/api/attempts/**");
    await expect(question(page, 1).getByRole("status")).toHaveText(/^Saved \d/, { timeout: 30_000 });
    expect(await savedAnswer(attemptId, 0)).toEqual({ choice: "a" });
  });

  test("a save whose reply is lost is retried, and the page goes on saving without a conflict", async ({ context, page }) => {
    await freshStudent(context);
    await page.goto(`/assignments/${await assignmentId()}`);
    await page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const attemptId = attemptIdOf(page);

    // The first save reaches the server and is written, but its reply never reaches the page.
    let dropped = 0;
    await page.route("**/api/attempts/**", async (route) => {
      if (dropped === 0) {
        dropped++;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await question(page, 1).getByLabel("Ukraine's official count, as of June 2025").check();
    await expectSaved(page, 1);
    expect(dropped).toBe(1);
    await expect.poll(() => savedAnswer(attemptId, 0)).toEqual({ choice: "a" });

    // Lost again, and this time the student changes the answer before the retry goes out.
    dropped = 0;
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page).toHaveURL(/\?q=2$/);
    await question(page, 2).getByRole("radio").first().check();
    await question(page, 2).getByRole("radio").nth(1).check();
    await expectSaved(page, 2);
    // No halt banner (Next's route announcer is an alert too, so look for the banner's words).
    await expect(page.getByRole("alert").filter({ hasText: /another tab or window|saving has stopped/ })).toHaveCount(0);
    await expect(page.getByText("changed in another tab or window")).toHaveCount(0);
    const secondChoice = await question(page, 2).getByRole("radio").nth(1).getAttribute("value");
    await expect.poll(async () => JSON.stringify(await savedAnswer(attemptId, 1))).toContain(`"${secondChoice}"`);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("when time runs out the page says so and reloads into the review", async ({ context, page }) => {
    test.setTimeout(60_000);
    await freshStudent(context);
    await page.goto(`/assignments/${await assignmentId()}`);
    await page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const attemptId = attemptIdOf(page);
    await question(page, 1).getByLabel("Ukraine's official count, as of June 2025").check();
    await expectSaved(page, 1);

    // Enough time left that a slow reload on a busy machine still finds the attempt open; the
    // waits below are for conditions, with room for the seconds still to run.
    await prisma.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() + 10_000) } });
    await page.reload();
    await expect(page.getByRole("timer")).toHaveText(/^0:(0\d|10)$/);
    await expect(page.getByText("Time is up", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`), { timeout: 30_000 });
    await expect(page.getByText(`1 of ${await maxPoints()} points`)).toBeVisible();
    // Not "Submitted", as if the student had chosen to (issue 12 item 4).
    await expect(page.getByText(/^Time ran out; submitted automatically at /)).toBeVisible();
  });

  test("works without JavaScript: answer, Next, submit, review", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await freshStudent(context);
      await page.goto(`/assignments/${await assignmentId()}`);
      await page.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
      await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
      const attemptId = attemptIdOf(page);

      await question(page, 1).getByLabel("Ukraine's official count, as of June 2025").check();
      await page.getByRole("button", { name: "Next", exact: true }).click();
      await expect(page).toHaveURL(/\?q=2$/);
      expect(await savedAnswer(attemptId, 0)).toEqual({ choice: "a" });
      await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();

      await question(page, 2).getByLabel("It says it protects vulnerable children from war zones").check();
      await page.getByRole("button", { name: "Submit answers" }).click();
      // Without JavaScript a page asks first (the answers on the page are saved already).
      await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/submit$`));
      expect(await savedAnswer(attemptId, 1)).not.toBeNull();
      await expect(page.getByRole("navigation", { name: "Questions not answered" }).getByRole("link")).not.toHaveCount(0);
      await page.getByRole("button", { name: "Yes, submit my answers" }).click();
      await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/review$`));
      const max = await maxPoints();
      await expect(page.getByText(`2 of ${max} points`)).toBeVisible();
      await expect(page.getByText(`${Math.round((2 / max) * 100)}%`, { exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });
});

test.describe("progress", () => {
  test("shows the submitted attempt and mastery per fact; practising what was missed starts an attempt", async ({ context, page }) => {
    await freshStudent(context);
    await page.goto("/progress");
    await expect(page.getByText("Nothing here yet")).toBeVisible();

    await page.goto("/quizzes/alaska-summit-practice");
    await page.getByRole("button", { name: "Start practice" }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    await question(page, 1).getByLabel("Donald Trump").check();
    await expectSaved(page, 1);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(/\/review$/);

    await page.getByRole("link", { name: "Your progress" }).click();
    await expect(page).toHaveURL(/\/progress$/);
    const table = page.getByRole("table", { name: "Your submitted attempts, newest first" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText("Try it: the letter, the children and the Alaska summit");
    await expect(table).toContainText(/%0\s+of\s+\d+/);
    const mastery = page.getByRole("list", { name: "Mastery per fact, weakest first" });
    await expect(mastery.getByRole("listitem").first()).toContainText(/0% · 0 of \d+ correct/);
    // The questions left blank are "not answered", not wrong (issue 12 item 3): facts with only
    // blanks come last, without a score.
    await expect(mastery.getByRole("listitem").last()).toContainText(/Not answered yet · \d+ not answered$/);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Practise what I missed" }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Practise what I missed");
  });

  test("the demo student sees their assignment on the quizzes page", async ({ page, signInAs }) => {
    await signInAs("student");
    await page.goto("/quizzes");
    await expect(page.getByRole("heading", { name: assignmentTitle })).toBeVisible();
    // Other specs add published sets to the shared database: look for the seeded ones only.
    const practice = page.getByRole("region", { name: "Practice" });
    for (const title of seededPublishedSetTitles()) await expect(practice.getByRole("heading", { name: title, exact: true })).toBeVisible();
    await page.getByRole("link", { name: `Details of ${assignmentTitle}` }).click();
    await expect(page.getByText("Current Events 101")).toBeVisible();
    await expect(page.getByText("20 minutes")).toBeVisible();
  });
});
