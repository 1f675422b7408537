// The taking page caches what each question version shows, shared by every student
// (lib/data/shown-versions.ts). Two students on one assignment, each with their own option order
// and their own saved answers, open their pages one after the other, both ways round, on fresh
// question versions (so the first visit fills the cache and the second reads it): each page
// shows only its own student's order and answers, one question per screen and all on one page.
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { assignmentOf, markedQuizSet } from "../helpers/marked-questions";
import { expect, test } from "../helpers/roles";

type Student = { name: string; email: string; order: string[]; choice: string; text: string | null };

// The single-choice question of a marked set offers First (a), Second (b) and Third (c).
const labelOf: Record<string, string> = { a: "First", b: "Second", c: "Third" };
const students: [Student, Student] = [
  { name: "Ada", email: "", order: ["c", "a", "b"], choice: "a", text: "ada-own-words" },
  { name: "Bo", email: "", order: ["b", "c", "a"], choice: "b", text: null },
];

/** A fresh marked set (versions no page has shown yet) assigned to a class of both students. */
async function twoStudentsOnFreshVersions(prisma: PrismaClient) {
  const { quizSet } = await markedQuizSet(prisma);
  const { klass, assignment } = await assignmentOf(prisma, quizSet.id);
  const items = await prisma.assignmentItem.findMany({ where: { assignmentId: assignment.id }, orderBy: { position: "asc" }, include: { questionVersion: true } });
  const attempts = [];
  for (const student of students) {
    const user = await createUser(prisma, { name: `${student.name} ${unique()}` });
    await prisma.enrollment.create({ data: { classId: klass.id, userId: user.id } });
    // Each attempt's order and answers written as a start and autosaves would write them.
    const attempt = await prisma.attempt.create({
      data: {
        userId: user.id,
        quizSetId: quizSet.id,
        assignmentId: assignment.id,
        startedAt: new Date(),
        deadlineAt: new Date(Date.now() + 900_000),
        responses: {
          create: items.map((item) => {
            const type = item.questionVersion.type;
            return {
              position: item.position,
              questionVersionId: item.questionVersionId,
              ...(type === "SINGLE_CHOICE" ? { optionOrder: { choices: student.order }, answer: { choice: student.choice }, savedAt: new Date() } : {}),
              ...(type === "SHORT_TEXT" && student.text ? { answer: { text: student.text }, savedAt: new Date() } : {}),
            };
          }),
        },
      },
    });
    attempts.push({ ...student, name: user.name, email: user.email, attemptId: attempt.id });
  }
  const position = (type: string) => items.findIndex((item) => item.questionVersion.type === type) + 1;
  return { attempts, choiceNumber: position("SINGLE_CHOICE"), textNumber: position("SHORT_TEXT") };
}

const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of \\d+`) });

async function expectOwnView(page: Page, student: Student, numbers: { choiceNumber: number; textNumber: number }) {
  const choices = question(page, numbers.choiceNumber).getByRole("radio");
  await expect(choices).toHaveCount(3);
  // The labels in the order shown are this student's order, and only their choice is checked.
  expect(await choices.evaluateAll((inputs) => inputs.map((input) => input.closest("label")?.textContent?.trim()))).toEqual(student.order.map((id) => labelOf[id]));
  for (const id of student.order) {
    const radio = question(page, numbers.choiceNumber).getByRole("radio", { name: labelOf[id], exact: true });
    if (id === student.choice) await expect(radio).toBeChecked();
    else await expect(radio).not.toBeChecked();
  }
}

async function openAs(browser: Browser, prisma: PrismaClient, email: string) {
  const context = await browser.newContext();
  await signInDirectly(context, prisma, email);
  return { context, page: await context.newPage() };
}

for (const firstVisitor of [0, 1] as const) {
  test(`two students see only their own order and answers, ${students[firstVisitor].name} opening first`, async ({ browser, prisma }) => {
    // Four browser pages and an accessibility scan: on a busy shared machine that takes a while.
    test.setTimeout(180_000);
    const { attempts, choiceNumber, textNumber } = await twoStudentsOnFreshVersions(prisma);
    const visits = firstVisitor === 0 ? attempts : [attempts[1], attempts[0]];
    const opened = [];
    for (const student of visits) opened.push({ student, ...(await openAs(browser, prisma, student.email)) });

    // One question per screen: the first visitor fills the cache, the second reads it.
    for (const { student, page } of opened) {
      await page.goto(`/attempts/${student.attemptId}?q=${choiceNumber}`);
      await expectOwnView(page, student, { choiceNumber, textNumber });
    }
    // All on one page, the cache warm for both.
    for (const { student, page } of opened) {
      await page.goto(`/attempts/${student.attemptId}?view=all`);
      await expectOwnView(page, student, { choiceNumber, textNumber });
      await expect(question(page, textNumber).getByRole("textbox", { name: "Your answer" })).toHaveValue(student.text ?? "");
      // Nothing of the other student reaches this page: not their name, attempt or answer.
      const other = attempts.find((a) => a.attemptId !== student.attemptId)!;
      const html = await page.content();
      expect(html).not.toContain(other.attemptId);
      expect(html).not.toContain(other.name);
      if (other.text) expect(html).not.toContain(other.text);
    }
    await expectNoSeriousA11yViolations(opened[0].page);
    for (const { context } of opened) await context.close();
  });
}
