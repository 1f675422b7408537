// Sources in the browser: an admin pastes a new article, marks a heading as not citable and a
// teaser, is refused for a bad address without losing a choice, saves a draft, publishes it,
// corrects the text and reads the re-check report (one quote moved with its question, one to
// fix). Then the same paste → preview → save without JavaScript.
import type { Page } from "@playwright/test";
import { test, expect } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { actorEmails } from "../helpers/fixtures";

const article = (title: string) =>
  [
    title,
    "The city library reopened on Tuesday after six months of repairs. About 4,000 books were replaced, the head librarian said.",
    "Repairs and costs",
    "Read also: Council approves new park budget",
    "The repairs cost 1.2 million euros. Volunteers helped move the collection back.",
  ].join("\n");

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const line = (page: Page, n: number) => page.locator(`li[data-line="${n}"]`);

test("an admin adds an article, marks its lines, publishes it, corrects the text and sees the re-check report", async ({ page, prisma, signInAs }) => {
  test.setTimeout(240_000);
  const tag = `e2e-src-${unique()}`;
  const title = `Library reopens after flood repairs ${tag}`;
  await signInAs("admin");

  await page.goto("/admin/sources");
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Add a source" }).click();
  await expect(page.getByRole("heading", { name: "Add a source", level: 1 })).toBeVisible();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("City Gazette");
  await page.getByLabel("Address (URL)").fill("ftp://gazette.example/library");
  await page.getByLabel("Published on").fill("2025-10-07");
  await page.getByLabel("Retrieved on").fill("2025-10-08");
  await page.getByLabel("Text", { exact: true }).fill(article(title));
  await page.getByRole("button", { name: "Preview" }).click();

  // The address is refused; the text is split for review all the same.
  await expect(page.getByText("Only http and https addresses are allowed.")).toBeVisible();
  await expect(line(page, 1)).toContainText("s-1");
  await expect(page.getByLabel("Role of line 1")).toHaveValue("headline");
  await expect(line(page, 2)).toContainText("s-3About 4,000 books were replaced");
  await page.getByLabel("Role of line 3").selectOption("heading");
  await page.getByLabel("Not citable (line 3)").check();
  await page.getByLabel("Role of line 4").selectOption("teaser");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  // Refused again (the address): every choice is still there. (The teaser's look comes from the
  // server's answer, so it says the answer has arrived.)
  await expect(line(page, 4)).toContainText("Related link, not a claim");
  await expect(page.getByRole("status").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(page.getByLabel("Role of line 3")).toHaveValue("heading");
  await expect(page.getByLabel("Not citable (line 3)")).toBeChecked();
  await expect(page.getByLabel("Role of line 4")).toHaveValue("teaser");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  expect(await prisma.source.count({ where: { title } })).toBe(0);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "source-review");

  await page.getByLabel("Address (URL)").fill("https://gazette.example/library");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sources\/[a-z0-9]+\?saved=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Source saved as a draft." })).toBeVisible();
  const sourceId = /\/admin\/sources\/([a-z0-9]+)/.exec(page.url())![1];
  const saved = await prisma.source.findUniqueOrThrow({ where: { id: sourceId }, include: { sentences: { orderBy: { index: "asc" } }, relatedLinks: true } });
  expect(saved).toMatchObject({ status: "DRAFT", publisher: "City Gazette", url: "https://gazette.example/library", text: article(title) });
  expect(saved.sentences.map((s) => [s.kind, s.citable])).toEqual([
    ["HEADLINE", true],
    ["BODY", true],
    ["BODY", true],
    ["HEADING", false],
    ["BODY", true],
    ["BODY", true],
  ]);
  expect(saved.relatedLinks.map((r) => r.title)).toEqual(["Read also: Council approves new park budget"]);
  await expect(page.locator("#s-4")).toContainText("(not citable)");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Publish" }).click();
  // The page is shown afresh as published: no Publish button any more.
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  expect((await prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).status).toBe("PUBLISHED");

  // Evidence and a question citing it (recorded by the facts and questions pages, not these).
  const text = article(title);
  const fact = await prisma.fact.create({ data: { statement: `The library replaced about 4,000 books (${tag})`, kind: "FIGURE" } });
  const at = (quote: string) => ({ quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const stays = await prisma.evidence.create({ data: { factId: fact.id, sourceId, ...at("About 4,000 books were replaced") } });
  const goes = await prisma.evidence.create({ data: { factId: fact.id, sourceId, ...at("Volunteers helped move the collection back") } });
  const question = await prisma.question.create({ data: { code: `${tag}-Q` } });
  const v1 = await prisma.questionVersion.create({
    data: {
      questionId: question.id,
      version: 1,
      type: "TRUE_FALSE",
      stem: `About 4,000 books were replaced (${tag}).`,
      options: [],
      key: { value: true },
      explanation: "The article says so.",
      citations: { create: [{ evidenceId: stays.id, position: 0 }, { evidenceId: goes.id, position: 1 }] },
    },
  });
  await prisma.question.update({ where: { id: question.id }, data: { currentVersionId: v1.id } });

  await page.reload();
  await expect(page.getByRole("heading", { name: "Evidence quoted from it (2)" })).toBeVisible();
  await page.getByRole("link", { name: "Correct the text" }).click();
  await expect(page.getByRole("heading", { name: "Correct the text", level: 1 })).toBeVisible();
  // The review starts from the choices the source was saved with.
  await expect(page.getByLabel("Role of line 3")).toHaveValue("heading");
  await expect(page.getByLabel("Not citable (line 3)")).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  const corrected = text.replace(" Volunteers helped move the collection back.", "").replace("1.2 million", "1.3 million");
  await page.getByLabel("Corrected text").fill(corrected);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(line(page, 5)).toContainText("1.3 million");
  await expect(page.getByLabel("Role of line 4")).toHaveValue("teaser");
  await page.getByRole("button", { name: "Save the new revision" }).click();

  await expect(page).toHaveURL(/\/admin\/sources\/[a-z0-9]+\/recheck$/);
  await expect(page.getByRole("heading", { name: "Quotes re-checked", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "To fix (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Moved (1)" })).toBeVisible();
  await expect(page.getByText("“Volunteers helped move the collection back”", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${tag}-Q (version 2)` })).toBeVisible();
  await expect(page.getByRole("link", { name: "now sentence s-3" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "source-recheck");

  const revisionId = /\/admin\/sources\/([a-z0-9]+)\/recheck/.exec(page.url())![1];
  expect(await prisma.source.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({ revision: 2, previousRevisionId: sourceId, text: corrected, status: "PUBLISHED" });
  const current = await prisma.question.findUniqueOrThrow({ where: { id: question.id }, include: { currentVersion: { include: { citations: { include: { evidence: true } } } } } });
  expect(current.currentVersion?.version).toBe(2);
  expect(current.currentVersion?.citations.map((c) => c.evidence.sourceId).sort()).toEqual([revisionId, sourceId].sort());

  await page.getByRole("link", { name: "← Revision 2" }).click();
  await expect(page.getByRole("link", { name: "← Previous revision (1)" })).toBeVisible();
  await expect(page.getByText("carried over from the previous revision")).toBeVisible();
  await shoot(page, "source-page");
});

test("without JavaScript an admin pastes, previews, marks a line and saves a source", async ({ browser, prisma }) => {
  test.setTimeout(120_000);
  const tag = `e2e-src-nojs-${unique()}`;
  const title = `Ferry timetable changes ${tag}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInDirectly(context, prisma, actorEmails.admin);
  const page = await context.newPage();
  try {
    await page.goto("/admin/sources/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Text", { exact: true }).fill(`${title}\nNew times\nThe first ferry now leaves at six. The last one leaves at ten.`);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByLabel("Role of line 1")).toHaveValue("headline");
    await page.getByLabel("Role of line 2").selectOption("heading");
    await page.getByLabel("Not citable (line 2)").check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByLabel("Role of line 2")).toHaveValue("heading");
    await expect(page.getByLabel("Not citable (line 2)")).toBeChecked();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Source saved as a draft.")).toBeVisible();
    const saved = await prisma.source.findFirstOrThrow({ where: { title }, include: { sentences: { orderBy: { index: "asc" } } } });
    expect(saved.sentences.map((s) => [s.kind, s.citable])).toEqual([
      ["HEADLINE", true],
      ["HEADING", false],
      ["BODY", true],
      ["BODY", true],
    ]);
  } finally {
    await context.close();
  }
});
