// Nothing that reveals the key reaches the browser while an attempt is open: questions whose
// key, feedback and explanation carry a unique marker are taken from start to submit, and every
// response the browser receives (HTML, RSC payloads, autosave JSON) is scanned for the marker.
// After submitting, the review shows it, which proves the scan would have seen it.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signInDirectly } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { createUser } from "../helpers/fixtures";

const marker = `ZQ${randomBytes(4).toString("hex").toUpperCase()}`;
const numericKey = 7_731_999;

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

async function markedAssignment() {
  const evidence = await prisma.evidence.findFirstOrThrow({ where: { start: { not: null } } });
  const question = async (code: string, data: { type: "SHORT_TEXT" | "SINGLE_CHOICE" | "NUMERIC"; stem: string; options: object; key: object; feedback?: object }) => {
    const created = await prisma.question.create({ data: { code, status: "PUBLISHED" } });
    const version = await prisma.questionVersion.create({
      data: {
        questionId: created.id,
        version: 1,
        ...data,
        explanation: `The reason is ${marker}-EXPLANATION.`,
        citations: { create: { evidenceId: evidence.id } },
      },
    });
    await prisma.question.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
    return created.id;
  };
  const suffix = randomBytes(3).toString("hex");
  const ids = [
    await question(`Q9${suffix}1`, { type: "SHORT_TEXT", stem: "Type any word.", options: {}, key: { accepted: [`${marker}-KEY`] }, feedback: { hint: `${marker}-FEEDBACK` } }),
    await question(`Q9${suffix}2`, {
      type: "SINGLE_CHOICE",
      stem: "Pick one.",
      options: { choices: [{ id: "a", text: "First" }, { id: "b", text: "Second" }, { id: "c", text: "Third" }] },
      key: { correct: "c" },
      feedback: { a: `${marker}-FEEDBACK-A`, c: `${marker}-FEEDBACK-C` },
    }),
    await question(`Q9${suffix}3`, { type: "NUMERIC", stem: "Any number.", options: {}, key: { value: numericKey, tolerance: 0, toleranceKind: "absolute" } }),
  ];
  const quizSet = await prisma.quizSet.create({
    data: { slug: `marked-${suffix}`, title: `Marked ${suffix}`, status: "PUBLISHED", items: { create: ids.map((questionId, position) => ({ questionId, position })) } },
  });
  const teacher = await createUser(prisma, { roles: ["TEACHER"] });
  const student = await createUser(prisma, { name: "Marker Student" });
  const klass = await prisma.class.create({
    data: { name: "Marker class", joinCode: `MK${suffix.toUpperCase()}`, teacherId: teacher.id, enrollments: { create: { userId: student.id } } },
  });
  const assignment = await prisma.assignment.create({
    data: {
      classId: klass.id,
      quizSetId: quizSet.id,
      title: `Marked assignment ${suffix}`,
      opensAt: new Date(Date.now() - 3600_000),
      dueAt: new Date(Date.now() + 86_400_000),
      timeLimitSeconds: 900,
      reviewPolicy: "IMMEDIATELY",
    },
  });
  return { student, assignment };
}

test("no key, feedback or explanation reaches the browser before the attempt is submitted", async ({ context, page }) => {
  test.setTimeout(90_000);
  const { student, assignment } = await markedAssignment();
  await signInDirectly(context, prisma, student.email);

  // Every response passes through here whole (documents, RSC payloads of navigations and
  // server actions, autosave JSON): page.on("response") cannot always read streamed bodies.
  const bodies: { url: string; body: string }[] = [];
  await page.route("**/*", async (route) => {
    try {
      const response = await route.fetch({ maxRedirects: 0 });
      const type = response.headers()["content-type"] ?? "";
      if (/html|json|text|x-component/.test(type)) bodies.push({ url: route.request().url(), body: await response.text() });
      await route.fulfill({ response });
    } catch {
      // Cut short (the page moved on): never fulfilled, so nothing reached the browser.
    }
  });
  const leaks = () => bodies.filter((b) => b.body.includes(marker) || b.body.includes(String(numericKey))).map((b) => b.url);

  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("button", { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const group = (n: number) => page.getByRole("group", { name: new RegExp(`^Question ${n} of 3`) });

  await group(1).getByRole("textbox").fill("a guess");
  await expect(group(1).getByRole("status")).toHaveText(/^Saved/);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await group(2).getByLabel("First").check();
  await expect(group(2).getByRole("status")).toHaveText(/^Saved/);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await group(3).getByRole("textbox").fill("12");
  await group(3).getByRole("textbox").blur();
  await expect(group(3).getByRole("status")).toHaveText(/^Saved/);
  await page.reload();
  await page.goto(`${new URL(page.url()).pathname}?view=all`);
  await expect(group(1).getByRole("textbox")).toHaveValue("a guess");

  expect(leaks(), "responses that carried the key before submit").toEqual([]);
  expect(bodies.length).toBeGreaterThan(5);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText(`${marker}-EXPLANATION`).first()).toBeVisible();
  expect(leaks().length).toBeGreaterThan(0);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
