// An admin writes a single-choice and a numeric question with a citation, watches the live
// preview (the student's view and the review), publishes both; then edits a published question
// that sits in a published set and gets a new version. axe at 1280 and 360 px; screenshots at
// 1280 and 390 px when SHOTS_DIR asks for them. Every row here is made by this test.
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { actorEmails } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";

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

test("an admin writes, previews and publishes a single-choice and a numeric question, then edits a published one into a new version", async ({ page, prisma, signInAs }) => {
  test.setTimeout(180_000);
  const tag = `e2eq${unique()}`;
  const text = `The leaders met in Anchorage on 15 August. The talks lasted about three hours. Report ${tag}.`;
  const source = await prisma.source.create({ data: { slug: `${tag}-article`, title: `Summit report ${tag}`, publisher: "Test Desk", text, status: "PUBLISHED" } });
  const fact = await prisma.fact.create({ data: { statement: `The talks lasted about three hours (${tag}).`, kind: "FIGURE" } });
  const start = text.indexOf("about three hours");
  const evidence = await prisma.evidence.create({ data: { factId: fact.id, sourceId: source.id, quote: "about three hours", start, end: start + 17 } });

  await signInAs("admin");
  await page.goto("/admin/questions/new");
  await expect(page.getByRole("heading", { name: "New question", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Content" }).getByRole("link", { name: "Questions" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Single choice" }).click();
  await expect(page.getByRole("heading", { name: "New single choice question", level: 1 })).toBeVisible();

  // A refused save keeps everything typed, with a message on the field.
  const stem = `How long did the talks last? ${tag}`;
  await page.getByLabel("Question", { exact: true }).fill(stem);
  await page.getByLabel("Option 1: words").fill("One hour");
  await page.getByLabel("Option 2: words").fill("About three hours");
  await page.getByLabel("Option 3: words").fill("Two days");
  await page.getByLabel("Feedback for this option").first().fill("Far too short.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
  await expect(page.getByText("Choose the right answer.")).toBeVisible();
  await expect(page.getByLabel("Option 2: words")).toHaveValue("About three hours");

  await page.getByLabel("Option 2 is the right answer").check();
  await page.getByLabel("Explanation (Markdown)").fill(`The report says **about three hours**. [Bad](javascript:alert(1)) <img src=x onerror=alert(1)>`);
  await page.getByLabel("Search facts, quotes and sources").fill(tag);
  await page.getByRole("checkbox", { name: /about three hours/ }).check();

  // The live preview: the student's view (no key) and the review with key, explanation and citation.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("group", { name: stem }).getByLabel("About three hours")).not.toBeChecked();
  const review = preview.getByRole("article");
  await expect(review.getByRole("heading", { name: stem })).toBeVisible();
  await expect(review.getByRole("region", { name: "Explanation" }).locator("strong")).toHaveText("about three hours");
  await expect(review.getByRole("region", { name: "Explanation" })).toContainText("[Bad](javascript:alert(1))");
  await expect(review.getByRole("region", { name: "Explanation" }).locator("img")).toHaveCount(0);
  await expect(review.getByText(`Summit report ${tag}`)).toBeVisible();
  await expect(review.locator("blockquote")).toHaveText("“about three hours”");
  await scanAtBothWidths(page);
  await shot(page, "question-new-single-choice");

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("heading", { name: "Status: draft" })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const singleId = new URL(page.url()).pathname.split("/")[3];
  expect(await prisma.question.findUniqueOrThrow({ where: { id: singleId }, include: { currentVersion: { include: { citations: true } } } })).toMatchObject({
    status: "PUBLISHED",
    currentVersion: { type: "SINGLE_CHOICE", stem, key: { correct: "b" }, feedback: { a: "Far too short." }, citations: [{ evidenceId: evidence.id }] },
  });

  // A numeric question, published from its page.
  await page.goto("/admin/questions/new?type=NUMERIC");
  const numericStem = `About how many hours did the talks last? ${tag}`;
  await page.getByLabel("Question", { exact: true }).fill(numericStem);
  await page.getByLabel("Right figure").fill("3");
  await page.getByLabel("Tolerance (plus or minus)").fill("0.5");
  await page.getByLabel("Unit (optional)").fill("hours");
  await page.getByLabel("Search facts, quotes and sources").fill(tag);
  await page.getByRole("checkbox", { name: /about three hours/ }).check();
  await expect(preview.getByRole("group", { name: numericStem })).toBeVisible();
  await expect(preview.getByRole("article")).toContainText("3");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+\?created=1$/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const numericId = new URL(page.url()).pathname.split("/")[3];
  expect(await prisma.questionVersion.findFirstOrThrow({ where: { questionId: numericId } })).toMatchObject({ type: "NUMERIC", key: { value: 3, tolerance: 0.5, toleranceKind: "absolute" }, options: { unit: "hours" } });

  // A published question in a published set, shaped like a seeded one (a copy of a seeded
  // version, so that the seeded questions other tests read stay as they are): saving an edit
  // keeps version 1 and adds version 2.
  const seeded = await prisma.questionVersion.findFirstOrThrow({ where: { type: "SINGLE_CHOICE", question: { status: "PUBLISHED", code: { not: null } } }, include: { citations: true }, orderBy: { question: { code: "asc" } } });
  const copy = await prisma.question.create({ data: { status: "DRAFT" } });
  const v1 = await prisma.questionVersion.create({
    data: {
      questionId: copy.id,
      version: 1,
      type: seeded.type,
      stem: `${seeded.stem} (${tag})`,
      options: seeded.options as object,
      key: seeded.key as object,
      feedback: (seeded.feedback ?? undefined) as object | undefined,
      explanation: seeded.explanation,
      citations: { create: seeded.citations.map((c) => ({ evidenceId: c.evidenceId, position: c.position })) },
    },
  });
  await prisma.question.update({ where: { id: copy.id }, data: { currentVersionId: v1.id, status: "PUBLISHED" } });
  await prisma.quizSet.create({ data: { slug: `${tag}-set`, title: `Set ${tag}`, status: "PUBLISHED", items: { create: { questionId: copy.id, position: 0 } } } });

  await page.goto(`/admin/questions/${copy.id}`);
  await expect(page.getByText("Saving makes a new version: the current one has been seen (in 1 published set)")).toBeVisible();
  await page.getByLabel("Question", { exact: true }).fill(`Edited: ${seeded.stem} (${tag})`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions.getByRole("listitem")).toHaveCount(2);
  await expect(versions.getByRole("listitem").first()).toContainText("Version 2");
  await expect(versions.getByRole("listitem").first()).toContainText("current");
  const stored = await prisma.question.findUniqueOrThrow({ where: { id: copy.id }, include: { versions: { orderBy: { version: "asc" } } } });
  expect(stored.versions.map((v) => [v.version, v.stem])).toEqual([
    [1, `${seeded.stem} (${tag})`],
    [2, `Edited: ${seeded.stem} (${tag})`],
  ]);
  expect(stored).toMatchObject({ status: "PUBLISHED", currentVersionId: stored.versions[1].id });
  await scanAtBothWidths(page);
  await shot(page, "question-edit-published");
});

test("without JavaScript: a refused save keeps the form, rows are added and removed, Preview renders on the server, and the question is created", async ({ browser, prisma }) => {
  test.setTimeout(120_000);
  const tag = `e2eqnojs${unique()}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await signInDirectly(context, prisma, actorEmails.admin);
    const page = await context.newPage();
    await page.goto("/admin/questions/new?type=SINGLE_CHOICE");
    const stem = `Where did the leaders meet? ${tag}`;
    await page.getByLabel("Question", { exact: true }).fill(stem);
    await page.getByLabel("Option 1: words").fill("Anchorage");
    await page.getByLabel("Option 2: words").fill("Juneau");
    await page.getByLabel("Option 3: words").fill("Helsinki");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("Choose the right answer.")).toBeVisible();
    await expect(page.getByLabel("Question", { exact: true })).toHaveValue(stem);
    await expect(page.getByLabel("Option 3: words")).toHaveValue("Helsinki");

    await page.getByRole("button", { name: "Add an option" }).click();
    await expect(page.getByLabel("Option 4: words")).toHaveValue("");
    await page.getByRole("button", { name: "Remove Option 4" }).click();
    await expect(page.getByLabel("Option 4: words")).toHaveCount(0);
    await page.getByRole("button", { name: "Move Option 2 up" }).click();
    await expect(page.getByLabel("Option 1: words")).toHaveValue("Juneau");

    await page.getByLabel("Option 2 is the right answer").check();
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("group", { name: stem }).getByLabel("Anchorage")).toBeVisible();
    await expect(preview.getByRole("article")).toContainText("Anchorage");

    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+\?created=1$/);
    const id = new URL(page.url()).pathname.split("/")[3];
    expect(await prisma.questionVersion.findFirstOrThrow({ where: { questionId: id } })).toMatchObject({
      stem,
      options: { choices: [{ id: "b", text: "Juneau" }, { id: "a", text: "Anchorage" }, { id: "c", text: "Helsinki" }] },
      key: { correct: "a" },
    });
    // Publishing without a citation is refused, with the reason.
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Cite at least one quote" })).toBeVisible();
    expect((await prisma.question.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  } finally {
    await context.close();
  }
});
