// The Cited bundle in the browser: an admin downloads a quiz set as a bundle, uploads a broken
// copy and sees each problem with its line (nothing imported), then uploads a good copy with
// handles of its own, checks the preview and imports it.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { unique } from "../helpers/browser";
import type { Bundle } from "@/lib/content/bundle-schema";

const file = (bundle: Bundle) => ({ name: "set.bundle.json", mimeType: "application/json", buffer: Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`) });

/** The same content under new fact, question and set handles; the sources (same text) are reused. */
function renamed(bundle: Bundle, tag: string): Bundle {
  const copy = structuredClone(bundle);
  const handle = (id: string) => `${tag}-${id}`;
  for (const fact of copy.facts) {
    fact.id = handle(fact.id);
    fact.code = fact.code === null ? null : handle(fact.code);
  }
  for (const question of copy.questions) {
    question.id = handle(question.id);
    question.code = question.code === null ? null : handle(question.code);
    for (const version of question.versions) for (const citation of version.citations) citation.fact = handle(citation.fact);
  }
  for (const set of copy.quizSets) {
    set.slug = handle(set.slug);
    set.title = `${set.title} (${tag})`;
    set.questions = set.questions.map(handle);
  }
  return copy;
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin exports a set, sees a broken copy refused by line, and imports a good copy after its preview", async ({ page, prisma, signInAs }) => {
  // Three axe scans (each at two widths and in dark mode), two uploads, an import.
  test.setTimeout(150_000);
  const tag = `t${unique()}`;
  await signInAs("admin");
  await page.goto("/admin/transfer");
  await expect(page.getByRole("heading", { name: "Import and export", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import and export questions as GIFT" })).toHaveAttribute("href", "/admin/transfer/gift");
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "transfer");

  // The seeded set across the whole article, by its title as the seed has it now.
  const { title } = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "the-full-article" }, select: { title: true } });
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download the set ${title}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("cited-set-the-full-article.bundle.json");
  const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as Bundle;
  expect(exported).toMatchObject({ format: "cited-bundle", schemaVersion: 1, quizSets: [{ slug: "the-full-article" }] });
  expect(exported.questions.length).toBe(exported.quizSets[0].questions.length);

  // A broken copy: a key naming no option, and a set naming a question the file lacks.
  const good = renamed(exported, tag);
  const broken = structuredClone(good);
  const choice = broken.questions.find((q) => q.versions[0].type === "SINGLE_CHOICE")!;
  (choice.versions[0].key as { correct: string }).correct = "zz";
  broken.quizSets[0].questions.push(`${tag}-Q999`);
  const brokenText = file(broken).buffer.toString("utf8").split("\n");
  const lineOf = (needle: string) => brokenText.findIndex((line) => line.includes(needle)) + 1;
  await page.getByLabel("Bundle file").setInputFiles(file(broken));
  await page.getByRole("button", { name: "Check the file" }).click();
  const problems = page.getByRole("list", { name: "Problems in the file" }).getByRole("listitem");
  await expect(problems).toHaveText([`line ${lineOf('"correct": "zz"')}: key.correct: not one of the options`, `line ${lineOf(`"${tag}-Q999"`)}: no question “${tag}-Q999” in this bundle`]);
  await expect(page.getByRole("status").first()).toContainText("The bundle has 2 problems: nothing was imported.");
  await expect(page.getByRole("button", { name: "Import" })).toHaveCount(0);
  expect(await prisma.quizSet.count({ where: { slug: { startsWith: tag } } })).toBe(0);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "transfer-errors");

  await page.getByLabel("Bundle file").setInputFiles(file(good));
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("region", { name: "What will be created" });
  await expect(preview).toContainText(`Questions: ${good.questions.length}`);
  await expect(preview).toContainText("Quiz sets: 1");
  await expect(preview).toContainText("Sources: 0");
  await expect(preview).toContainText("Already on this site, with the same text, and reused");
  await preview.getByText("Quiz sets: 1").click();
  await expect(preview.getByText(`${title} (${tag})`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "transfer-preview");

  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").first()).toContainText("Imported.");
  const factCount = good.facts.length;
  const evidenceCount = good.facts.reduce((n, f) => n + f.evidence.length, 0);
  await expect(page.getByText(`Created 0 sources, ${factCount} facts with ${evidenceCount} pieces of evidence, ${good.questions.length} questions (${good.questions.length} versions) and 1 quiz set.`)).toBeVisible();
  const set = await prisma.quizSet.findUniqueOrThrow({ where: { slug: `${tag}-the-full-article` }, include: { items: { include: { question: true }, orderBy: { position: "asc" } } } });
  expect(set.items.map((i) => i.question.code)).toEqual(good.quizSets[0].questions);
  const audit = await prisma.auditEntry.findFirst({ where: { entityType: "ContentImport", action: "content.import", after: { path: ["quizSets"], array_contains: [set.slug] } } });
  expect(audit).not.toBeNull();
});
