// Issue 10, item 9: 134 XSS payloads (tests/e2e/xss/payloads.ts) go in through every authored
// and imported text field, and every page that shows them is checked in Chromium: nothing runs.
//
// How the payloads get in:
// - imported through the UI: one Cited bundle (/admin/transfer, upload then import) carrying a
//   source, its facts and evidence, a question of every type and a public quiz set, every text
//   field a chunk of payloads; and one GIFT file (/admin/transfer/gift, preview then import);
// - authored through the UI forms: a fact, evidence by a pasted quote, a question in the editor
//   (with its live preview), a quiz set (create, then its settings);
// - the teaching side (a class, a student whose name is payloads, an assignment titled with
//   payloads) is written with Prisma like tests/helpers/attempts.ts does: teachers' own forms are
//   not part of authoring, and the gradebook only has to show the names.
// Then each page is visited as the actor who sees it, and tests/e2e/xss/inert.ts checks it.
import { test, expect } from "../helpers/roles";
import type { Browser, Page } from "@playwright/test";
import { signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { chunk, chunks, explanationLinks, markerPayload, xssBundle, xssGift } from "./xss/content";
import { expectInert, installTripwires, markWithoutScripts, watchDialogs } from "./xss/inert";
import { xssPayloads } from "./xss/payloads";

/** Payloads from `from` on, joined by " | ", up to `max` characters (for fields with a length limit). */
function upTo(max: number, from: number): string {
  let text = "";
  for (const payload of xssPayloads.slice(from)) {
    const next = text ? `${text} | ${payload}` : payload;
    if (next.length > max) break;
    text = next;
  }
  return text;
}

const submitConfirm = /Submit your answers\? You cannot change them afterwards\.$/;

async function watchedPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (options.javaScriptEnabled === false) markWithoutScripts(page);
  await installTripwires(page);
  const dialogs = watchDialogs(page, [submitConfirm]);
  return { context, page, dialogs };
}

/** Visits `path` and checks it; `shown` is text the page must display (null: only inertness). */
async function visit(page: Page, dialogs: string[], path: string, shown: "all" | "any" | string | null = "any") {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answered`).toBeLessThan(400);
  await expectInert(page, dialogs, path, shown);
}

/** Hovers, focuses and clicks the explanation links; the script one must be inert text or a dead link. */
async function pokeExplanationLinks(page: Page, dialogs: string[], label: string) {
  const external = page.getByRole("link", { name: explanationLinks.external.text }).first();
  await expect(external).toHaveAttribute("href", explanationLinks.external.href);
  await expect(external).toHaveAttribute("rel", /noopener/);
  await expect(external).toHaveAttribute("rel", /noreferrer/);
  await external.hover();
  await external.focus();
  const before = page.url();
  const scriptLink = page.getByText(explanationLinks.script).first();
  await scriptLink.hover();
  await scriptLink.click();
  expect(page.url(), `${label}: clicking the script link went nowhere`).toBe(before);
  await expectInert(page, dialogs, `${label} after clicks`, null);
}

// A missing control should fail fast, not hold the one long test until its time-out.
test.use({ actionTimeout: 30_000 });

test("134 XSS payloads through every authored and imported field run on no page", async ({ browser, prisma }) => {
  // One import, one GIFT import, four forms and about thirty page visits on a busy machine.
  test.setTimeout(360_000);
  const tag = unique();
  const { bundle, sourceSlug, setSlug } = xssBundle(tag);
  const gift = xssGift(tag);
  const adminUser = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });

  const admin = await watchedPage(browser);
  await signInDirectly(admin.context, prisma, adminUser.email);
  const { page, dialogs } = admin;

  // --- Imported: the bundle, through the upload form.
  await page.goto("/admin/transfer");
  await page.getByLabel("Bundle file").setInputFiles({ name: "xss.bundle.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle, null, 2)) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("region", { name: "What will be created" })).toContainText(`Questions: ${bundle.questions.length}`);
  await page.getByRole("region", { name: "What will be created" }).getByText("Quiz sets: 1").click();
  await expectInert(page, dialogs, "bundle preview", null);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").first()).toContainText("Imported.");
  await expectInert(page, dialogs, "bundle imported", null);

  // A source URL that is not http(s) is refused with a clear message, and nothing is imported.
  const scriptUrl = structuredClone(bundle);
  scriptUrl.sources[0].slug = `${sourceSlug}-js`;
  scriptUrl.sources[0].url = "javascript:alert(1)";
  scriptUrl.facts = [];
  scriptUrl.questions = [];
  scriptUrl.quizSets = [];
  await page.goto("/admin/transfer");
  await page.getByLabel("Bundle file").setInputFiles({ name: "bad.bundle.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(scriptUrl, null, 2)) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("list", { name: "Problems in the file" })).toContainText("a source's URL is an http(s) address");
  await expectInert(page, dialogs, "bundle refused", null);
  expect(await prisma.source.count({ where: { slug: `${sourceSlug}-js` } })).toBe(0);

  // --- Imported: GIFT, through its upload form.
  await page.goto("/admin/transfer/gift");
  await page.getByLabel("GIFT file", { exact: true }).setInputFiles({ name: "xss.gift.txt", mimeType: "text/plain", buffer: Buffer.from(gift.text) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").first()).toContainText(`Ready: ${gift.written} questions`);
  await expectInert(page, dialogs, "GIFT preview", "GIFT question 0");
  await page.getByRole("button", { name: `Import ${gift.written} questions` }).click();
  await expect(page.getByRole("status").first()).toContainText("Imported");
  await expectInert(page, dialogs, "GIFT imported", null);
  const imported = page.getByRole("list", { name: "Imported draft questions" }).getByRole("listitem");
  await expect(imported).toHaveCount(gift.written);
  await expect(imported.first()).toContainText("GIFT question 0");
  const giftQuestionPath = (await imported.first().getByRole("link").getAttribute("href"))!;

  const source = await prisma.source.findUniqueOrThrow({ where: { slug: sourceSlug } });

  // --- Authored through the forms: a source by pasting its text (a javascript: address is refused).
  await page.goto("/admin/sources/new");
  const pastedTitle = `Pasted ${tag} ${upTo(280, 20)}`;
  await page.getByLabel("Title").fill(pastedTitle);
  await page.getByLabel("Publisher").fill(upTo(190, 40));
  await page.getByLabel("Address (URL)").fill("javascript:alert(1)");
  await page.getByLabel("Published on").fill("2025-10-07");
  await page.getByLabel("Text", { exact: true }).fill([`Pasted article ${tag}.`, ...xssPayloads.filter((p) => !p.includes("\n"))].join("\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Only http and https addresses are allowed.")).toBeVisible();
  await expectInert(page, dialogs, "source paste refused", "any");
  await page.getByLabel("Address (URL)").fill(`https://example.org/xss?q=${encodeURIComponent(markerPayload)}`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("select#role-1")).toBeVisible();
  await expectInert(page, dialogs, "source paste review", "any");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sources\/[a-z0-9]+\?saved=1$/);
  await expectInert(page, dialogs, "pasted source saved", "any");
  const pastedSourcePath = new URL(page.url()).pathname;

  // --- Authored through the forms: a fact, evidence by a pasted quote.
  await page.goto("/admin/facts/new");
  await page.getByLabel("Statement").fill(`Authored fact ${tag}: ${upTo(950, 50)}`);
  await page.getByLabel("Attributed to (optional)").fill(upTo(200, 60));
  await page.getByRole("button", { name: "Create the fact" }).click();
  await expect(page.getByText("The fact was created. Now add its evidence.")).toBeVisible();
  await expectInert(page, dialogs, "authored fact", null);
  await page.getByLabel("Source", { exact: true }).selectOption(source.id);
  await page.getByRole("button", { name: "Open the source" }).click();
  await expect(page.getByRole("region", { name: /^Text of / })).toBeVisible();
  await expectInert(page, dialogs, "fact page with its reader", "all");
  const quoteForm = page.getByRole("form", { name: "Add evidence by pasting a quote" });
  await quoteForm.getByLabel("Quote").fill(`Line 0: ${markerPayload}`);
  await quoteForm.getByLabel("Claimant (optional)").fill(upTo(200, 70));
  await quoteForm.getByLabel("Note (optional)").fill(upTo(1000, 80));
  await quoteForm.getByRole("button", { name: "Find and add the quote" }).click();
  await expect(page.getByText("The quote was added as evidence.")).toBeVisible();
  await expectInert(page, dialogs, "evidence added", "any");
  const authoredFact = await prisma.fact.findFirstOrThrow({ where: { statement: { startsWith: `Authored fact ${tag}` } }, include: { evidence: true } });
  expect(authoredFact.evidence).toHaveLength(1);
  await visit(page, dialogs, `/admin/facts/${authoredFact.id}?propose=1#proposals`);

  // --- Authored: a question in the editor; the live preview shows the payloads as text.
  await page.goto("/admin/questions/new?type=SINGLE_CHOICE");
  const stem = `Authored question ${tag}: ${chunk(9)}`;
  await page.getByLabel("Question", { exact: true }).fill(stem);
  await page.getByLabel("Option 1: words").fill(chunk(10));
  await page.getByLabel("Option 2: words").fill(chunk(11));
  // The editor starts with three option rows, and an empty one is a field to fix.
  await page.getByLabel("Option 3: words").fill(chunk(12));
  await page.getByLabel("Feedback for this option").first().fill(chunk(12));
  await page.getByLabel("Option 1 is the right answer").check();
  await page.getByLabel("Explanation (Markdown)").fill(`${chunk(13)}\n\n[${explanationLinks.external.text}](${explanationLinks.external.href}) [${explanationLinks.script}](javascript:window.__xss=1)`);
  await page.getByLabel("Tags (comma-separated)").fill(`xss-${tag}, ${"<img src=x onerror=alert(1)>"}`);
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("article")).toContainText(`Authored question ${tag}`);
  await expectInert(page, dialogs, "editor live preview", "any");
  await pokeExplanationLinks(page, dialogs, "editor live preview");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+\?created=1$/);
  await expectInert(page, dialogs, "authored question saved", null);

  // --- Authored: a quiz set, then its settings.
  await page.goto("/admin/sets");
  await page.getByLabel("Title", { exact: true }).fill(`Authored set ${tag} ${upTo(170, 10)}`);
  await page.getByLabel("Description (optional)").fill(upTo(1990, 0));
  await page.getByRole("button", { name: "Create the set" }).click();
  await expect(page).toHaveURL(/\/admin\/sets\/[a-z0-9]+/);
  await expectInert(page, dialogs, "authored set", "any");

  // --- Every admin page that shows them.
  const importedQuestion = await prisma.question.findFirstOrThrow({ where: { code: `${tag}-Q0` } });
  const importedFact = await prisma.fact.findFirstOrThrow({ where: { code: `${tag}-F0` } });
  const importedSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: setSlug } });
  for (const path of [
    "/admin/sources",
    pastedSourcePath,
    `/admin/sources/${source.id}`,
    `/admin/facts?q=${tag}`,
    `/admin/facts/${importedFact.id}`,
    `/admin/facts/${importedFact.id}?source=${source.id}`,
    `/admin/facts/${importedFact.id}?propose=1#proposals`,
    "/admin/questions",
    `/admin/questions?tag=xss-${tag}`,
    `/admin/questions?q=${encodeURIComponent("<script>")}`,
    `/admin/questions/${importedQuestion.id}`,
    giftQuestionPath,
    "/admin/sets",
    `/admin/sets/${importedSet.id}`,
    "/admin/audit",
  ]) {
    await visit(page, dialogs, path);
  }
  await page.goto(`/admin/questions/${importedQuestion.id}`);
  await pokeExplanationLinks(page, dialogs, "editor of an imported question");
  // The checker runs on save: its findings (facts of the source no question tests, among them
  // the authored fact) name the payload-bearing facts and questions.
  await page.goto(`/admin/sets/${importedSet.id}`);
  await page.getByRole("button", { name: "Save and check" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\. The checker found / })).toBeVisible();
  // The set page shows stems as excerpts and a description of at most 2,000 characters, so not
  // every payload is on it (118 of 134 were); all of them are on the try page, the review and the reader.
  await expectInert(page, dialogs, "set checker after a save", "any");
  test.info().annotations.push({ type: "checker findings", description: String(await page.getByRole("region", { name: "Set checker" }).getByRole("listitem").count()) });

  // The editor without JavaScript: its Preview button posts the form and the server renders it.
  const noScript = await watchedPage(browser, { javaScriptEnabled: false });
  await signInDirectly(noScript.context, prisma, adminUser.email);
  await visit(noScript.page, noScript.dialogs, `/admin/questions/${importedQuestion.id}`);
  await noScript.page.getByRole("button", { name: "Preview", exact: true }).last().click();
  await expectInert(noScript.page, noScript.dialogs, "no-JS preview", "any");
  await noScript.context.close();

  // --- Public: the reader, the quizzes, the try page and its result.
  const visitor = await watchedPage(browser);
  await visit(visitor.page, visitor.dialogs, `/sources/${sourceSlug}`, "all");
  await visit(visitor.page, visitor.dialogs, "/quizzes", null);
  await visit(visitor.page, visitor.dialogs, `/quizzes/${setSlug}`);
  await visit(visitor.page, visitor.dialogs, `/quizzes/${setSlug}/try`, "all");
  await visitor.page.getByRole("group", { name: /^Question 1 of \d+/ }).getByRole("radio").first().check();
  await visitor.page.getByRole("button", { name: "Check my answers" }).click();
  await expect(visitor.page.getByText("This score is not stored")).toBeVisible();
  await expectInert(visitor.page, visitor.dialogs, "try result", "all");
  await pokeExplanationLinks(visitor.page, visitor.dialogs, "try result");
  await visitor.context.close();

  // --- Teaching: a class, a student named with payloads, an assignment titled with payloads.
  const teacher = await createUser(prisma, { roles: ["TEACHER"], name: `Teacher ${tag} ${chunk(2)}` });
  // One student per chunk, so the class pages and the gradebook show all 134 in names.
  const students = [];
  for (const [k, names] of chunks.entries()) students.push(await createUser(prisma, { name: `Student ${k} ${tag} ${names}` }));
  const student = students[0];
  const klass = await prisma.class.create({
    data: { name: `Class ${tag} ${chunk(4)}`, joinCode: `X${tag}`.toUpperCase().slice(0, 8), teacherId: teacher.id, enrollments: { create: students.map((s) => ({ userId: s.id })) } },
  });
  const assignment = await prisma.assignment.create({
    data: {
      classId: klass.id,
      quizSetId: importedSet.id,
      title: `Assignment ${tag} ${chunk(5)}`,
      opensAt: new Date(Date.now() - 3600_000),
      dueAt: new Date(Date.now() + 7 * 24 * 3600_000),
      maxAttempts: 2,
      timeLimitSeconds: null,
      reviewPolicy: "IMMEDIATELY",
    },
  });

  const learner = await watchedPage(browser);
  await signInDirectly(learner.context, prisma, student.email);
  await visit(learner.page, learner.dialogs, `/assignments/${assignment.id}`);
  await learner.page.getByRole("button", { name: /^Start / }).first().click();
  await expect(learner.page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = new URL(learner.page.url()).pathname.split("/")[2];
  await expectInert(learner.page, learner.dialogs, "taking page", "any");
  await learner.page.getByRole("group", { name: /^Question 1 of \d+/ }).getByRole("radio").first().check();
  await expect(learner.page.getByRole("group", { name: /^Question 1 of \d+/ }).getByRole("status")).toHaveText(/^Saved \d/);
  await learner.page.getByRole("button", { name: "Submit answers" }).click();
  await expect(learner.page).toHaveURL(/\/review$/);
  await expectInert(learner.page, learner.dialogs, "review", "all");
  await pokeExplanationLinks(learner.page, learner.dialogs, "review");
  await visit(learner.page, learner.dialogs, "/progress");
  await learner.context.close();

  const teaching = await watchedPage(browser);
  await signInDirectly(teaching.context, prisma, teacher.email);
  // The class pages list all the students, whose names hold every payload; analysis and the
  // attempt view show every question.
  for (const path of [
    `/teach/classes/${klass.id}`,
    `/teach/classes/${klass.id}/gradebook`,
    `/teach/assignments/${assignment.id}`,
    `/teach/assignments/${assignment.id}/analysis`,
    `/teach/assignments/${assignment.id}/live`,
    `/teach/attempts/${attemptId}`,
  ]) {
    await visit(teaching.page, teaching.dialogs, path, "all");
  }
  await teaching.context.close();
  await admin.context.close();
});
