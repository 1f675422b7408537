// GIFT in the browser: an admin downloads a seeded set as GIFT, uploads the file again, sees the
// preview and imports the questions as drafts in a new set, with links to their editors; a bad
// file shows its errors by line and offers no import; the same journey without JavaScript.
import { readFile } from "node:fs/promises";
import { test, expect } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { actorEmails } from "../helpers/fixtures";

const giftFile = (text: string) => ({ name: "questions.gift.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
const seededSetTitle = "Try it: the letter, the children and the Alaska summit";

test("an admin exports a seeded set to GIFT, re-imports it as drafts in a new set, and sees line errors for a bad file", async ({ page, prisma, signInAs }, testInfo) => {
  // Two axe scans (each at three widths and modes), a download, two previews and an import.
  test.setTimeout(150_000);
  const tag = `e2e-gift-${unique()}`;
  await signInAs("admin");
  await page.goto("/admin/transfer/gift");
  await expect(page.getByRole("heading", { name: "GIFT import and export", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Content" }).getByRole("link", { name: "Import and export" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download GIFT of ${seededSetTitle}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^alaska-summit-practice-\d{4}-\d{2}-\d{2}\.gift\.txt$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toContain("::Q01::");
  expect(text).toContain('// cited: {"code":"Q01"');
  const written = (text.match(/^::/gm) ?? []).length;
  expect(written).toBeGreaterThan(0);

  await page.getByLabel("GIFT file", { exact: true }).setInputFiles(giftFile(text));
  await page.getByRole("button", { name: "Preview" }).click();
  const found = page.getByRole("region", { name: "Questions found in the file" });
  await expect(found.getByRole("row")).toHaveCount(written + 1);
  await expect(found.getByRole("row", { name: /Who wrote the personal letter/ })).toContainText("single choice");
  await expect(page.getByRole("status").first()).toContainText(`Ready: ${written} questions`);
  await page.screenshot({ path: testInfo.outputPath("gift-preview-1280.png"), fullPage: true });

  await page.getByLabel("Also in a new draft quiz set:").check();
  await page.getByLabel("New set’s title").fill(`${tag} round trip`);
  await page.getByRole("button", { name: `Import ${written} questions` }).click();
  await expect(page.getByRole("status").first()).toContainText(`Imported ${written} draft questions and added to “${tag} round trip”`);
  const list = page.getByRole("list", { name: "Imported draft questions" });
  await expect(list.getByRole("listitem")).toHaveCount(written);
  await expect(list.getByRole("link").first()).toHaveAttribute("href", /^\/admin\/questions\/[a-z0-9]+$/);

  const set = await prisma.quizSet.findFirstOrThrow({
    where: { title: `${tag} round trip` },
    select: { status: true, items: { select: { question: { select: { status: true, currentVersion: { select: { _count: { select: { citations: true } } } } } } } } },
  });
  expect(set.status).toBe("DRAFT");
  expect(set.items).toHaveLength(written);
  for (const item of set.items) {
    expect(item.question.status).toBe("DRAFT");
    expect(item.question.currentVersion!._count.citations).toBeGreaterThan(0);
  }

  // A bad file: every problem by line, and nothing to confirm.
  await page.goto("/admin/transfer/gift");
  const bad = `::Fine::${tag} fine? {T}\n\n::Essay::${tag} write about it. {}\n\n::Blank::Grant is {=entombed ~buried} in the tomb.\n`;
  await page.getByLabel("GIFT file", { exact: true }).setInputFiles(giftFile(bad));
  await page.getByRole("button", { name: "Preview" }).click();
  const errors = page.getByRole("region", { name: /2 errors: nothing can be imported/ });
  await expect(errors).toContainText("line 3: an essay question ({}) has no key: Cited cannot score it");
  await expect(errors).toContainText("line 5: the answers stand in the middle of the sentence");
  await expect(page.getByRole("status").first()).toContainText("2 problems in the file");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  expect(await prisma.questionVersion.count({ where: { stem: { startsWith: tag } } })).toBe(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("gift-errors-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("gift-errors-390.png"), fullPage: true });
});

test("without JavaScript: paste, preview, import", async ({ browser, prisma }, testInfo) => {
  const tag = `e2e-gift-nojs-${unique()}`;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    await signInDirectly(context, prisma, actorEmails.admin);
    const page = await context.newPage();
    await page.goto("/admin/transfer/gift");
    await page.screenshot({ path: testInfo.outputPath("gift-page-390.png"), fullPage: true });
    await page.getByLabel("Or paste the GIFT text").fill(`::One::${tag} is the sun a star? {T####It is.}\n\n::Two::${tag} how many legs has a spider? {#8}\n`);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: "Questions found in the file" }).getByRole("row")).toHaveCount(3);
    await page.getByRole("button", { name: "Import 2 questions" }).click();
    await expect(page.getByRole("list", { name: "Imported draft questions" }).getByRole("listitem")).toHaveCount(2);
    const drafts = await prisma.questionVersion.findMany({ where: { stem: { startsWith: tag } }, select: { type: true, explanation: true, question: { select: { status: true } } }, orderBy: { stem: "asc" } });
    expect(drafts).toEqual([
      { type: "NUMERIC", explanation: "", question: { status: "DRAFT" } },
      { type: "TRUE_FALSE", explanation: "It is.", question: { status: "DRAFT" } },
    ]);
  } finally {
    await context.close();
  }
});
