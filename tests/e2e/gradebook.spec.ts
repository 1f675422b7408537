// The teacher's gradebook journey: a fresh student of the demo class has submitted the demo
// assignment; the teacher finds them in the gradebook, sorts, downloads the CSV, opens their
// attempts and one attempt, changes a score with a reason, and the student reads the reason.
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { baseUrl, signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";

const shots = "/work/wt/shots/gradebook";

/** Axe at desktop and phone widths, a page that never scrolls sideways, and screenshots to look at. */
async function checkLayouts(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousA11yViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  }
  if (process.env.GRADEBOOK_SHOTS) {
    mkdirSync(shots, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a teacher grades a student's attempt from the gradebook, and the student reads why", async ({ page, browser, prisma, signInAs }) => {
  // Nine axe scans (three pages at desktop, 360 px and dark) plus the student's review: each scan took
  // 4-11 s at load 5-10, past 120 s in all. Only how long it may take; every check still applies.
  test.setTimeout(240_000);
  // A student of the seeded class with a submitted attempt at the demo assignment: the first
  // question right, the rest unanswered.
  const tag = unique();
  const student = await createUser(prisma, { name: `Gradebook Student ${tag}` });
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await prisma.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  const assignment = await prisma.assignment.findFirstOrThrow({
    where: { classId: klass.id },
    orderBy: { createdAt: "asc" },
    include: { items: { orderBy: { position: "asc" }, include: { questionVersion: { select: { points: true } } } } },
  });
  const first = assignment.items[0].questionVersion.points;
  const max = assignment.items.reduce((sum, item) => sum + item.questionVersion.points, 0);
  const attempt = await prisma.attempt.create({
    data: {
      userId: student.id,
      assignmentId: assignment.id,
      quizSetId: assignment.quizSetId,
      number: 1,
      status: "SUBMITTED",
      startedAt: new Date(Date.now() - 600_000),
      submittedAt: new Date(),
      score: first,
      maxScore: max,
      responses: {
        create: assignment.items.map((item, i) => ({
          position: i,
          questionVersionId: item.questionVersionId,
          score: i === 0 ? first : 0,
          correct: i === 0,
        })),
      },
    },
  });
  const percent = `${Math.round((first / max) * 100)}%`;

  await signInAs("teacher");
  await page.goto(`/teach/classes/${klass.id}/gradebook`);
  await expect(page.getByRole("heading", { level: 1, name: /^Gradebook: / })).toBeVisible();
  await checkLayouts(page, "gradebook");

  // Sort by the demo assignment's score, best first, then look for our student by name.
  const title = assignment.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page.getByRole("table").getByRole("link", { name: new RegExp(`^${title}\\s*, sort by this score`) }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("sort") === assignment.id);
  await expect(page.getByRole("columnheader", { name: new RegExp(`^${title}`) })).toHaveAttribute("aria-sort", "descending");
  await page.getByLabel("Name or email").fill(tag);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === tag);
  const row = page.getByRole("row", { name: new RegExp(`Gradebook Student ${tag}`) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: new RegExp(`^${percent}`) })).toBeVisible();

  // The CSV of what is shown: a BOM, a header, and our student's percentage.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("current-events-101-grades.csv");
  const body = readFileSync((await download.path())!, "utf8");
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(body.slice(1)) as string[][];
  expect(rows[0].slice(0, 2)).toEqual(["Name", "Email"]);
  const column = rows[0].indexOf(`${assignment.title} (%)`);
  expect(column).toBeGreaterThan(1);
  expect(rows).toHaveLength(2);
  expect(rows[1][0]).toBe(student.name);
  expect(rows[1][1]).toBe(student.email);
  expect(rows[1][column]).toBe(String(Math.round((first / max) * 10_000) / 100));

  // The student's attempts, then the attempt itself.
  await row.getByRole("link", { name: student.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
  await checkLayouts(page, "student");
  await page.getByRole("link", { name: "Attempt 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/attempts/${attempt.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `${student.name}: attempt 1` })).toBeVisible();
  await checkLayouts(page, "attempt");

  // Half a point less on question 1, with a reason.
  const reason = `Right answer, but the working was missing (${tag}).`;
  const override = page.getByRole("region", { name: "Change the score of question 1", exact: true });
  await override.getByLabel(/^New score/).fill(String(first - 0.5));
  await override.getByLabel(/^Reason/).fill(reason);
  await override.getByRole("button", { name: "Save score of question 1", exact: true }).click();
  await expect(override.getByRole("status").filter({ hasText: "Score of question 1 changed." })).toBeVisible();
  await expect(override.getByText(`Changed by Tomás Teacher`)).toContainText(reason);
  const saved = await prisma.response.findFirstOrThrow({ where: { attemptId: attempt.id, position: 0 } });
  expect(Number(saved.score)).toBe(first - 0.5);
  expect(Number((await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score)).toBe(first - 0.5);

  // The student sees the new score and the reason in their review.
  const studentContext = await browser.newContext({ baseURL: baseUrl() });
  try {
    await signInDirectly(studentContext, prisma, student.email);
    const studentPage = await studentContext.newPage();
    await studentPage.goto(`/attempts/${attempt.id}/review`);
    await expect(studentPage.getByText(`Score changed by your teacher: ${reason}`)).toBeVisible();
    await expectNoSeriousA11yViolations(studentPage);
  } finally {
    await studentContext.close();
  }
});

test("a student is refused the gradebook and its CSV", async ({ page, prisma, signInAs }) => {
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await signInAs("new student");
  const refused = await page.goto(`/teach/classes/${klass.id}/gradebook`);
  expect(refused?.status()).toBe(403);
  const csv = await page.request.get(`/teach/classes/${klass.id}/gradebook/export`);
  expect(csv.status()).toBe(403);
});
