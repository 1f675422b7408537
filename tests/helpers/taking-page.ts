// The taking page, for specs that need an attempt of their own: a fresh student in a fresh class
// with an assignment of the seeded "Deportations and numbers" set (17 questions, every type:
// question 15 is ordering, 17 is matching), started through the page.
import { expect, type BrowserContext, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { studentWithAssignment } from "./attempts";
import { signInDirectly } from "./browser";

export async function startFixtureAttempt(page: Page, context: BrowserContext, prisma: PrismaClient): Promise<string> {
  const { student, assignment } = await studentWithAssignment(prisma);
  await signInDirectly(context, prisma, student.email);
  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("button", { name: `Start ${assignment.title}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  return new URL(page.url()).pathname.split("/")[2];
}

/** The fieldset of question `number` (1-based). */
export const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of \\d+`) });

export const expectSaved = (page: Page, number: number) => expect(question(page, number).getByRole("status")).toHaveText(/^Saved \d/);

export async function savedAnswer(prisma: PrismaClient, attemptId: string, position: number) {
  return (await prisma.response.findFirstOrThrow({ where: { attemptId, position }, select: { answer: true } })).answer;
}

export async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}
