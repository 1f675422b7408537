// Two app instances on two ports against one database, as behind a load balancer: the app
// keeps nothing that matters in a process. A student signs in on the first, saves answers
// through the second, submits on the first; wrong passwords sent to both count towards one
// limit. The first instance is the one `npm test -- e2e` started (BASE_URL, two web workers);
// this spec starts the second with the same database and AUTH_SECRET.
// Cookies do not depend on the port, so one browser holds one session for both, as it would
// for one host name in front of several machines.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { limits } from "@/lib/identity/config";
import { asInstance, startApp, type AppInstance } from "../../scripts/lib/app-process";
import { findFreePort } from "../../scripts/lib/ports";
import { baseUrl, submitSignIn } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { createUser, testPassword } from "../helpers/fixtures";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";

const assignmentTitle = "Week 1: the deported children and the numbers";

let prisma: PrismaClient;
let second: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  prisma = testPrisma();
  const env = { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: process.env.AUTH_SECRET!, WEB_CONCURRENCY: "1" };
  if (!env.DATABASE_URL || !env.AUTH_SECRET) throw new Error("Run with `npm test -- e2e`: it sets DATABASE_URL and AUTH_SECRET.");
  second = asInstance(await startApp({ port: await findFreePort(3300), env, timeoutMs: 150_000 }));
});

test.afterAll(async () => {
  await second?.stop();
  await prisma?.$disconnect();
});

const question = (page: import("@playwright/test").Page, number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of \\d+`) });

test("sign in on one instance, save answers through another, submit on the first", async ({ page }) => {
  test.setTimeout(120_000);
  const first = baseUrl();
  expect(new URL(second.baseUrl).port).not.toBe(new URL(first).port);
  const user = await createUser(prisma, { name: "Two Instances" });
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await prisma.enrollment.create({ data: { classId: klass.id, userId: user.id } });

  // 1. Signs in with the form on the first instance.
  await page.goto(`${first}/sign-in`);
  await submitSignIn(page, user.email, testPassword);
  await expect(page).toHaveURL(`${first}/quizzes`);

  // 2. The second instance knows the session: starts the assignment and saves two answers.
  await page.goto(`${second.baseUrl}/quizzes`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: assignmentTitle }) });
  await card.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${second.baseUrl}/attempts/[a-z0-9]+$`));
  const attemptId = new URL(page.url()).pathname.split("/")[2];
  await expectNoSeriousA11yViolations(page);
  for (const number of [1, 2]) {
    if (number > 1) await page.getByRole("button", { name: "Next", exact: true }).click();
    await question(page, number).getByRole("radio").first().check();
    await expect(question(page, number).getByRole("status")).toHaveText(/^Saved \d/);
  }
  const saved = await prisma.response.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { position: true, answer: true } });
  expect(saved.filter((r) => r.answer !== null).map((r) => r.position)).toEqual([0, 1]);

  // 3. Submits on the first instance: the answers saved through the second are scored.
  await page.goto(`${first}/attempts/${attemptId}`);
  await expect(page.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(`${first}/attempts/${attemptId}/review`);
  const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: { where: { position: { in: [0, 1] } } } } });
  expect(attempt.status).toBe("SUBMITTED");
  expect(attempt.responses.every((r) => r.answer !== null && r.correct !== null)).toBe(true);
});

test("wrong passwords sent to both instances count towards one limit", async ({ playwright }) => {
  // An address nobody signs up with: only this test's attempts count against it.
  const email = `nobody-${randomBytes(5).toString("hex")}@cited.test`;
  const request = await playwright.request.newContext();
  try {
    const instances = [baseUrl(), second.baseUrl];
    const { max } = limits.signInFailuresPerAccount;
    for (let i = 0; i < max; i++) {
      const origin = instances[i % 2];
      const response = await request.post(`${origin}/api/auth/sign-in`, { data: { email, password: "not the password" }, headers: { origin } });
      expect(response.status(), `attempt ${i + 1} on ${origin}`).toBe(401);
    }
    // Half were counted by each instance; both now refuse, with the same wait.
    for (const origin of instances) {
      const response = await request.post(`${origin}/api/auth/sign-in`, { data: { email, password: "not the password" }, headers: { origin } });
      expect(response.status()).toBe(429);
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: `signin:account:${email}` } })).count).toBe(max);
  } finally {
    await request.dispose();
  }
});
