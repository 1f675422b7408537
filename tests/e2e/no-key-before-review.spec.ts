// Nothing that reveals the key reaches the browser while an attempt is open: questions whose
// key, feedback and explanation carry a unique marker are taken from start to submit, and every
// response the browser receives (HTML, RSC payloads, autosave JSON) is scanned for the marker.
// After submitting, the review shows it, which proves the scan would have seen it.
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

async function markedAssignment() {
  const { marker, numericKey, quizSet } = await markedQuizSet(prisma);
  const { student, assignment } = await assignmentOf(prisma, quizSet.id);
  return { marker, numericKey, student, assignment };
}

test("no key, feedback or explanation reaches the browser before the attempt is submitted", async ({ context, page }) => {
  test.setTimeout(90_000);
  const { marker, numericKey, student, assignment } = await markedAssignment();
  await signInDirectly(context, prisma, student.email);

  const bodies = await recordResponses(page);
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
