// The admins' question bank and quiz sets in the browser: filter the bank, tick questions and add
// them to a new set (twice, the second time skipping one already there), order the set by dragging
// with the mouse, with the keyboard, and with Move up; publishing is refused while a question cites
// nothing, then allowed; the set is made public practice and an anonymous visitor finds it in
// /quizzes. axe on every page, screenshots at 1280 and 390 px.
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { actorEmails } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";

/** Questions of this test's own, tagged `tag`: each cites a seeded quote that resolves, unless `uncited`. */
async function makeQuestions(prisma: PrismaClient, tag: string, count: number, uncited: number[] = []) {
  const evidence = await prisma.evidence.findFirstOrThrow({ where: { source: { text: { not: null } }, fact: { code: { not: null } } }, orderBy: { createdAt: "asc" } });
  const made: { id: string; code: string }[] = [];
  for (let i = 0; i < count; i++) {
    const code = `${tag}-${i + 1}`;
    const question = await prisma.question.create({ data: { code, status: "DRAFT" } });
    const version = await prisma.questionVersion.create({
      data: {
        questionId: question.id,
        version: 1,
        type: "TRUE_FALSE",
        stem: `True or false: statement number ${i + 1} of ${tag}.`,
        options: {},
        key: { correct: i % 2 === 0 },
        explanation: "As the article says.",
        tags: [tag],
        citations: { create: uncited.includes(i) ? [] : [{ evidenceId: evidence.id }] },
      },
    });
    await prisma.question.update({ where: { id: question.id }, data: { currentVersionId: version.id, status: "PUBLISHED" } });
    made.push({ id: question.id, code });
  }
  return made;
}

async function cleanUp(prisma: PrismaClient, tag: string) {
  await prisma.quizSet.deleteMany({ where: { title: { contains: tag }, assignments: { none: {} }, attempts: { none: {} } } });
  const questions = { code: { startsWith: `${tag}-` }, quizItems: { none: {} } };
  await prisma.question.updateMany({ where: questions, data: { currentVersionId: null, status: "DRAFT" } });
  await prisma.question.deleteMany({ where: questions });
}

const order = async (prisma: PrismaClient, quizSetId: string) =>
  (await prisma.quizItem.findMany({ where: { quizSetId }, orderBy: { position: "asc" }, include: { question: { select: { code: true } } } })).map((i) => ({ code: i.question.code, position: i.position }));
const expectOrder = (prisma: PrismaClient, quizSetId: string, codes: string[]) =>
  expect.poll(() => order(prisma, quizSetId)).toEqual(codes.map((code, position) => ({ code, position })));

const setList = (page: Page) => page.getByRole("list", { name: "Questions in this set" });
const handle = (page: Page, code: string) => setList(page).getByRole("button", { name: `Drag ${code}` });

async function screenshots(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(viewport);
}

test("an admin fills a new set from the bank, orders it by mouse, keyboard and buttons, publishes it after the checker and makes it public practice", async ({ page, browser, prisma, signInAs }) => {
  // Five pages scanned by axe three times each, screenshots, drags: slow on a busy machine.
  test.setTimeout(240_000);
  const tag = `zset${unique()}`;
  const [q1, q2, q3, q4] = await makeQuestions(prisma, tag, 4, [3]);
  const title = `Harbour talks ${tag}`;
  try {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await signInAs("admin");

    // Create the set.
    await page.goto("/admin/sets");
    await expect(page.getByRole("navigation", { name: "Content" }).getByRole("link", { name: "Quiz sets" })).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Description (optional)").fill("Who met where, and what was said.");
    await page.getByRole("button", { name: "Create the set" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const quizSetId = page.url().split("/").pop()!;
    const set = await prisma.quizSet.findUniqueOrThrow({ where: { id: quizSetId } });
    expect(set).toMatchObject({ ownerId: null, status: "DRAFT", slug: `harbour-talks-${tag}` });
    await expect(page.getByText("No findings: the set passes every check.")).toBeVisible();

    // Filter the bank by this test's tag and type; tick two, add them.
    await page.goto("/admin/questions");
    await page.getByLabel("Tag", { exact: true }).fill(tag);
    await page.getByLabel("Type", { exact: true }).selectOption("TRUE_FALSE");
    await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
    const bank = page.getByRole("list", { name: "Questions in the bank" });
    await expect(bank.getByRole("listitem")).toHaveCount(4);
    await expect(page.getByRole("status").filter({ hasText: "1–4 of 4 questions" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "bank");
    await page.getByRole("checkbox", { name: `Select ${q1.code}` }).check();
    await page.getByRole("checkbox", { name: `Select ${q2.code}` }).check();
    await page.getByLabel("Quiz set", { exact: true }).selectOption({ label: `${title} (draft)` });
    await page.getByRole("button", { name: "Add ticked questions to the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 2 questions to the set." })).toBeVisible();
    await expectOrder(prisma, quizSetId, [q1.code, q2.code]);

    // Again with one already there: it is skipped, the others are appended in the bank's order.
    await page.goto(`/admin/questions?tag=${tag}`);
    for (const q of [q2, q3, q4]) await page.getByRole("checkbox", { name: `Select ${q.code}` }).check();
    await page.getByLabel("Quiz set", { exact: true }).selectOption({ label: `${title} (draft)` });
    await page.getByRole("button", { name: "Add ticked questions to the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 2 questions to the set. Skipped 1 question already in it." })).toBeVisible();
    await expectOrder(prisma, quizSetId, [q1.code, q2.code, q3.code, q4.code]);
    await page.getByRole("link", { name: "Open the set" }).click();

    // The checker: the fourth cites nothing, which blocks publishing; with a link to its editor.
    const findings = page.getByRole("region", { name: "Citations that do not resolve" });
    await expect(findings).toContainText(`${q4.code} cites no evidence`);
    await expect(findings.getByRole("link", { name: `Edit ${q4.code}` })).toHaveAttribute("href", `/admin/questions/${q4.id}`);
    await page.getByRole("button", { name: "Publish the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Not published: the checker found a problem that blocks publishing." })).toBeVisible();
    expect((await prisma.quizSet.findUniqueOrThrow({ where: { id: quizSetId } })).status).toBe("DRAFT");

    // Drag the third above the first with the mouse.
    await expect(setList(page).getByRole("listitem")).toHaveCount(4);
    // Publishing scrolled the page to its button, below the checker's findings: bring the list
    // back into view, or the mouse would press outside the page.
    await setList(page).scrollIntoViewIfNeeded();
    const from = await handle(page, q3.code).boundingBox();
    const to = await setList(page).getByRole("listitem").first().boundingBox();
    if (!from || !to) throw new Error("the list is not laid out");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 10 });
    await expect(setList(page).locator("[data-dragging=true]")).toHaveCount(1);
    await page.mouse.up();
    await expect(page.getByRole("status").filter({ hasText: "New order saved." })).toBeVisible();
    await expectOrder(prisma, quizSetId, [q3.code, q1.code, q2.code, q4.code]);

    // With the keyboard: the last one picked up by its handle, moved up two places, dropped.
    await handle(page, q4.code).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("status").filter({ hasText: `Picked up ${q4.code}, at place 4 of 4.` })).toBeAttached();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("status").filter({ hasText: `${q4.code} moved to place 3 of 4.` })).toBeAttached();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("status").filter({ hasText: `${q4.code} moved to place 2 of 4.` })).toBeAttached();
    await page.keyboard.press("Space");
    await expectOrder(prisma, quizSetId, [q3.code, q4.code, q1.code, q2.code]);

    // A Move up button (a form of its own: the same without JavaScript); focus stays on the item.
    await setList(page).getByRole("button", { name: `Move ${q2.code} up` }).click();
    await expectOrder(prisma, quizSetId, [q3.code, q4.code, q2.code, q1.code]);
    await expect(setList(page).getByRole("listitem").nth(2)).toContainText(q2.code);
    await expectNoSeriousA11yViolations(page);

    // Remove the uncited one; the checker is satisfied and the set publishes.
    await setList(page).getByRole("button", { name: `Remove ${q4.code} from the set` }).click();
    await expectOrder(prisma, quizSetId, [q3.code, q2.code, q1.code]);
    // Only warnings are left (the test's questions all cite one piece of evidence): none blocks.
    await expect(page.getByText(/^Nothing blocks publishing\./)).toBeVisible();
    await expect(page.getByRole("region", { name: "Citations that do not resolve" })).toHaveCount(0);
    await page.getByLabel("Shuffle the questions").check();
    await page.getByRole("button", { name: "Save and check" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved\. The checker found \d+ warnings?: see the list below\.$/ })).toBeVisible();
    expect((await prisma.quizSet.findUniqueOrThrow({ where: { id: quizSetId } })).shuffleQuestions).toBe(true);

    await page.getByRole("button", { name: "Publish the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published: students can practise it now." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Unpublish (retire)" })).toBeVisible();
    await page.getByRole("button", { name: "Make it public practice" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The set is public practice" })).toBeVisible();
    expect(await prisma.quizSet.findUniqueOrThrow({ where: { id: quizSetId } })).toMatchObject({ status: "PUBLISHED", isPublic: true });
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "set");

    await page.goto("/admin/sets");
    await expect(page.getByRole("list", { name: "Quiz sets" }).getByRole("listitem").filter({ hasText: title })).toContainText("Public practice");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "sets");

    // An anonymous visitor finds it among the quizzes.
    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto("/quizzes");
    await expect(anonymous.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", `/quizzes/${set.slug}`);
    await expect(anonymous.getByRole("link", { name: `Try it without an account : ${title}` })).toBeVisible();
    await visitor.close();
  } finally {
    await cleanUp(prisma, tag);
  }
});

test("the set pages refuse non-admins, and a teacher's set is not found", async ({ page, prisma, signInAs }) => {
  const teacher = await signInAs("teacher");
  for (const path of ["/admin/questions", "/admin/sets"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
  const own = await prisma.quizSet.create({ data: { slug: `teacher-set-${unique()}`, title: `Teacher's set ${unique()}`, ownerId: teacher.id } });
  try {
    await page.context().clearCookies();
    await signInAs("admin");
    const response = await page.goto(`/admin/sets/${own.id}`);
    expect(response?.status()).toBe(404);
  } finally {
    await prisma.quizSet.delete({ where: { id: own.id } });
  }
});

test("without JavaScript: filter the bank, add ticked questions, move one up, publish", async ({ browser, prisma }) => {
  test.setTimeout(120_000);
  const tag = `zsetnojs${unique()}`;
  const [q1, q2] = await makeQuestions(prisma, tag, 2);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await signInDirectly(context, prisma, actorEmails.admin);
    const page = await context.newPage();
    await page.goto("/admin/sets");
    const title = `No script ${tag}`;
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Create the set" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const quizSetId = page.url().split("/").pop()!;

    await page.goto("/admin/questions");
    await page.getByLabel("Tag", { exact: true }).fill(tag);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("list", { name: "Questions in the bank" }).getByRole("listitem")).toHaveCount(2);
    await page.getByRole("checkbox", { name: `Select ${q1.code}` }).check();
    await page.getByRole("checkbox", { name: `Select ${q2.code}` }).check();
    await page.getByLabel("Quiz set", { exact: true }).selectOption({ label: `${title} (draft)` });
    await page.getByRole("button", { name: "Add ticked questions to the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 2 questions to the set." })).toBeVisible();
    await expectOrder(prisma, quizSetId, [q1.code, q2.code]);

    await page.goto(`/admin/sets/${quizSetId}`);
    await page.getByRole("button", { name: `Move ${q2.code} up` }).click();
    await expectOrder(prisma, quizSetId, [q2.code, q1.code]);
    await page.goto(`/admin/sets/${quizSetId}`);
    await page.getByRole("button", { name: "Publish the set" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published: students can practise it now." })).toBeVisible();
    expect((await prisma.quizSet.findUniqueOrThrow({ where: { id: quizSetId } })).status).toBe("PUBLISHED");
  } finally {
    await context.close();
    await cleanUp(prisma, tag);
  }
});
