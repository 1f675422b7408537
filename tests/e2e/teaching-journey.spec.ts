// A teacher runs a class from start to finish, in one browser session beside two students':
// make a class, students join with its code, assign a timed, shuffled set, watch the live view
// change while a student works, find the score in the gradebook and its CSV, read the item
// analysis by question and by fact, extend the due date for one student, change one score with
// a reason the student then reads. Every teacher page is scanned by axe (desktop, phone, dark).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";
import { utcToZoned } from "@/lib/domain/zoned-time";

async function signedInPage(browser: Browser, prisma: PrismaClient, email: string): Promise<Page> {
  // UTC in the browser too, so that the times typed below mean what they say.
  const context = await browser.newContext({ timezoneId: "UTC" });
  await signInDirectly(context, prisma, email);
  return context.newPage();
}

/** Answers the question on screen, whatever its type (the order is shuffled). */
async function answerFirstQuestion(page: Page) {
  const group = page.getByRole("group", { name: /^Question 1 of \d+/ });
  // Once the page runs, ordering is a list rather than selects: count inputs only after that.
  await expect(page.getByText("Answers are saved as you go.")).toBeVisible();
  if ((await group.getByRole("list", { name: "Order" }).count()) > 0) await group.getByRole("button", { name: "Keep this order" }).click();
  else if ((await group.getByRole("radio").count()) > 0) await group.getByRole("radio").first().check();
  else if ((await group.getByRole("checkbox").count()) > 0) await group.getByRole("checkbox").first().check();
  else if ((await group.getByRole("combobox").count()) > 0) await group.getByRole("combobox").first().selectOption({ index: 1 });
  else await group.getByRole("textbox").or(group.getByRole("spinbutton")).first().fill("19000");
  await expect(group.getByRole("status")).toHaveText(/^Saved \d/);
}

test("a teacher makes a class, assigns, watches, grades, analyses, extends and overrides", async ({ browser, prisma }) => {
  test.setTimeout(240_000);
  const tag = unique();
  const teacher = await createUser(prisma, { roles: ["TEACHER"], name: `Journey Teacher ${tag}` });
  const ana = await createUser(prisma, { name: `Ana Journey ${tag}` });
  const bo = await createUser(prisma, { name: `Bo Journey ${tag}` });
  const teach = await signedInPage(browser, prisma, teacher.email);

  // ── A class, and its code ──
  await teach.goto("/teach");
  await teach.getByLabel("Class name").fill(`History 9 ${tag}`);
  await teach.getByRole("button", { name: "Create class" }).click();
  await expect(teach).toHaveURL(/\/teach\/classes\/[a-z0-9]+\?created=1$/);
  const classId = new URL(teach.url()).pathname.split("/").pop()!;
  const { joinCode } = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
  await expect(teach.getByText(`${joinCode.slice(0, 4)} ${joinCode.slice(4)}`, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(teach);

  // ── Both students join with the code, from their Quizzes page ──
  const pages = { ana: await signedInPage(browser, prisma, ana.email), bo: await signedInPage(browser, prisma, bo.email) };
  for (const page of Object.values(pages)) {
    await page.goto("/quizzes");
    const join = page.getByRole("region", { name: "Join a class" });
    await join.getByLabel("Class code").fill(joinCode.toLowerCase());
    await join.getByRole("button", { name: "Join class" }).click();
    await expect(join.getByRole("status")).toContainText("You joined");
  }
  await teach.reload();
  const roster = teach.getByRole("table", { name: "Students in the class" });
  await expect(roster.getByRole("row", { name: new RegExp(ana.email) })).toBeVisible();
  await expect(roster.getByRole("row", { name: new RegExp(bo.email) })).toBeVisible();

  // ── A timed assignment with both shuffles ──
  const set = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "whose-figure-is-it" }, include: { _count: { select: { items: true } } } });
  const title = `Whose figure? ${tag}`;
  await teach.getByRole("link", { name: "New assignment", exact: true }).click();
  await teach.getByLabel("Quiz set").selectOption(set.id);
  await teach.getByLabel("Title", { exact: true }).fill(title);
  await teach.getByLabel("Time zone").selectOption("UTC");
  await teach.getByLabel("Opens at").fill(utcToZoned(new Date(Date.now() - 3_600_000), "UTC"));
  const dueAt = new Date(Date.now() + 7 * 24 * 3_600_000);
  await teach.getByLabel("Due at").fill(utcToZoned(dueAt, "UTC"));
  await teach.getByLabel("Time limit (minutes)").fill("20");
  await teach.getByLabel("Shuffle the questions for each student").check();
  await teach.getByLabel("Shuffle the options of each question").check();
  await teach.getByRole("button", { name: "Create assignment" }).click();
  await expect(teach.getByRole("heading", { level: 1 })).toHaveText(title);
  const assignmentId = new URL(teach.url()).pathname.split("/").pop()!;
  expect(await prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ timeLimitSeconds: 1200, shuffleQuestions: true, shuffleOptions: true });
  await expectNoSeriousA11yViolations(teach);

  // ── The live view follows Ana without a reload ──
  await teach.getByRole("link", { name: "Live view" }).click();
  const anaRow = teach.getByRole("row").filter({ hasText: ana.email });
  await expect(anaRow).toContainText("Not started");
  await expectNoSeriousA11yViolations(teach);
  await teach.evaluate(() => document.body.setAttribute("data-not-reloaded", "yes"));

  const student = pages.ana;
  await student.goto("/quizzes");
  await student.getByRole("link", { name: title, exact: true }).click();
  await student.getByRole("button", { name: `Start ${title}` }).click();
  await expect(student).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = /\/attempts\/([a-z0-9]+)/.exec(student.url())![1];
  await expect(anaRow).toContainText("Working");
  await answerFirstQuestion(student);
  await expect(anaRow).toContainText(`Answered 1 of ${set._count.items}`);
  student.once("dialog", (dialog) => void dialog.accept());
  await student.getByRole("button", { name: "Submit answers" }).click();
  await expect(student).toHaveURL(/\/review$/);
  await expect(anaRow).toContainText("Submitted");
  await expect(teach.locator("body")).toHaveAttribute("data-not-reloaded", "yes");
  const submitted = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const percent = Math.round((Number(submitted.score) / Number(submitted.maxScore)) * 100);

  // ── The gradebook and its CSV ──
  await teach.goto(`/teach/classes/${classId}/gradebook`);
  const gradebookRow = teach.getByRole("row", { name: new RegExp(ana.name) });
  await expect(gradebookRow).toContainText(`${percent}%`);
  await expect(teach.getByRole("row", { name: new RegExp(bo.name) })).toContainText("not started");
  await expectNoSeriousA11yViolations(teach);
  const [download] = await Promise.all([teach.waitForEvent("download"), teach.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv.slice(1)) as string[][];
  const column = rows[0].indexOf(`${title} (%)`);
  expect(column).toBeGreaterThan(1);
  const anaLine = rows.find((row) => row[1] === ana.email)!;
  expect(Number(anaLine[column])).toBeCloseTo((Number(submitted.score) / Number(submitted.maxScore)) * 100, 1);
  expect(rows.find((row) => row[1] === bo.email)![column]).toBe("");

  // ── Item analysis, by question and by fact ──
  await teach.goto(`/teach/assignments/${assignmentId}/analysis`);
  await expect(teach.getByText("Based on 1 attempt")).toBeVisible();
  await expect(teach.getByRole("region", { name: "Figures by question" }).getByRole("row")).toHaveCount(set._count.items + 1); // a header row and one per question
  const byFact = teach.getByRole("region", { name: "By fact" });
  await expect(byFact.getByRole("article").first()).toBeVisible();
  await expect(byFact.getByRole("link", { name: /^Read it in the article/ }).first()).toHaveAttribute("href", /\/sources\/[a-z0-9-]+#s-\d+$/);
  await expectNoSeriousA11yViolations(teach);

  // ── A later due date for Bo alone ──
  await teach.goto(`/teach/assignments/${assignmentId}`);
  const boExtension = teach.getByRole("form", { name: `Extension for ${bo.name}` });
  const later = new Date(dueAt.getTime() + 3 * 24 * 3_600_000);
  await boExtension.getByLabel("Later due time").fill(utcToZoned(later, "UTC"));
  await boExtension.getByRole("button", { name: `Save the extension for ${bo.name}` }).click();
  await expect
    .poll(async () => (await prisma.extension.findUnique({ where: { assignmentId_userId: { assignmentId, userId: bo.id } } }))?.dueAt?.toISOString().slice(0, 16))
    .toBe(later.toISOString().slice(0, 16));
  expect(await prisma.extension.findUnique({ where: { assignmentId_userId: { assignmentId, userId: ana.id } } })).toBeNull();

  // ── One score changed, with a reason Ana reads in her review ──
  await teach.goto(`/teach/attempts/${attemptId}`);
  const reason = `Counted: your source was right (${tag}).`;
  const override = teach.getByRole("region", { name: "Change the score of question 1", exact: true });
  await override.getByLabel(/^New score/).fill("1");
  await override.getByLabel(/^Reason/).fill(reason);
  await override.getByRole("button", { name: "Save score of question 1", exact: true }).click();
  await expect(override.getByRole("status").filter({ hasText: "Score of question 1 changed." })).toBeVisible();
  await expectNoSeriousA11yViolations(teach);
  await student.goto(`/attempts/${attemptId}/review`);
  await expect(student.getByText(`Score changed by your teacher: ${reason}`)).toBeVisible();

  for (const page of [teach, ...Object.values(pages)]) await page.context().close();
});
