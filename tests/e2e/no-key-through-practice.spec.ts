// While a "never" assignment is open, its keys reach the browser by no other path: not through
// practice on a set that shares its questions, not through "practise what I missed", not through
// the public try page. Every response the browser receives is scanned for the questions'
// markers and for raw key objects. Archiving the class at the end releases the keys, and the
// try page then shows the marker: proof that the scan would have seen a leak.
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordResponses, signInDirectly } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { assignmentOf, markedQuizSet } from "../helpers/marked-questions";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

test("a 'never' assignment's keys do not reach the browser through practice, missed practice or the public try page", async ({ browser }) => {
  test.setTimeout(120_000);
  const { marker, numericKey, questionIds, quizSet } = await markedQuizSet(prisma);
  const { student, klass, assignment } = await assignmentOf(prisma, quizSet.id, { reviewPolicy: "NEVER" });
  // A public practice set that shares the assignment's questions, plus one seeded question
  // that no open assignment uses.
  const free = await prisma.question.findFirstOrThrow({ where: { code: "Q01" } });
  const practiceSet = await prisma.quizSet.create({
    data: {
      slug: `${quizSet.slug}-practice`,
      title: `${quizSet.title} practice`,
      status: "PUBLISHED",
      isPublic: true,
      items: { create: [...questionIds, free.id].map((questionId, position) => ({ questionId, position })) },
    },
  });
  const keyObject = /\\?"key\\?":\s*\{/;
  const leaksIn = (bodies: { url: string; body: string }[]) =>
    bodies.filter((b) => b.body.includes(marker) || b.body.includes(String(numericKey)) || keyObject.test(b.body)).map((b) => b.url);

  // The student takes the assignment (answering wrongly, so there is something to miss).
  const studentContext = await browser.newContext();
  const page = await studentContext.newPage();
  await signInDirectly(studentContext, prisma, student.email);
  const seen = await recordResponses(page);
  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("button", { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  await page.getByRole("group", { name: /^Question 2 of 3/ }).getByLabel("First").check();
  await expect(page.getByRole("group", { name: /^Question 2 of 3/ }).getByRole("status")).toHaveText(/^Saved/);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText("The correct answers and explanations are not shown for this assignment.")).toBeVisible();

  // Practice on the shared set: only the free question is in it.
  await page.goto(`/quizzes/${practiceSet.slug}`);
  await page.getByRole("button", { name: /^Start practice/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const only = page.getByRole("group", { name: /^Question 1 of 1/ });
  await only.getByLabel("Melania Trump").check();
  await expect(only.getByRole("status")).toHaveText(/^Saved/);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("list", { name: "Questions", exact: true }).getByRole("article")).toHaveCount(1);

  // Practise what I missed: started (with questions no assignment holds) or refused.
  await page.goto("/progress");
  await page.getByRole("button", { name: "Practise what I missed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practise what I missed" }).or(page.getByText("Nothing to practise yet"))).toBeVisible();
  if (/\/attempts\//.test(page.url())) {
    await expect(page.getByRole("group", { name: /^Question 1 of/ })).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(/\/review$/);
  }
  expect(leaksIn(seen), "responses to the student that carried a held-back key").toEqual([]);

  // The public try page, as a visitor: the held-back questions are left out.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const visitorSeen = await recordResponses(visitor);
  await visitor.goto(`/quizzes/${practiceSet.slug}/try`);
  await expect(visitor.getByRole("note")).toContainText("3 questions of this set are left out");
  await visitor.getByRole("group", { name: /^Question 1 of 1/ }).getByLabel("Melania Trump").check();
  await visitor.getByRole("button", { name: "Check my answers" }).click();
  await expect(visitor.getByText("This score is not stored")).toBeVisible();
  expect(leaksIn(visitorSeen), "responses to the visitor that carried a key").toEqual([]);
  expect(seen.length + visitorSeen.length).toBeGreaterThan(10);

  // Archiving the class releases the keys: the scan now finds the marker (and still no key object).
  await prisma.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
  await visitor.goto(`/quizzes/${practiceSet.slug}/try`);
  await expect(visitor.getByRole("group", { name: /^Question 1 of 4/ })).toBeVisible();
  await visitor.getByRole("group", { name: /^Question 2 of 4/ }).getByLabel("First").check();
  await visitor.getByRole("button", { name: "Check my answers" }).click();
  await expect(visitor.getByText(`${marker}-FEEDBACK-A`)).toBeVisible();
  expect(visitorSeen.filter((b) => b.body.includes(marker)).length).toBeGreaterThan(0);
  expect(visitorSeen.filter((b) => keyObject.test(b.body)).map((b) => b.url)).toEqual([]);

  await page.unrouteAll({ behavior: "ignoreErrors" });
  await visitor.unrouteAll({ behavior: "ignoreErrors" });
  await studentContext.close();
  await visitorContext.close();
});
