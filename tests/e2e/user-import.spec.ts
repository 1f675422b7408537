// Bulk accounts in the browser: an admin uploads a file with a bad row, sees the problem, fixes
// it, confirms and gets the links; a new user sets a password from a link and signs in. The
// same journey without JavaScript.
import { readFile } from "node:fs/promises";
import { test, expect } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, submitSignIn, unique } from "../helpers/browser";
import { actorEmails } from "../helpers/fixtures";

const file = (text: string) => ({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

test("an admin imports a file after fixing a bad row; a new student sets a password from the link and signs in", async ({ page, browser, prisma, signInAs }) => {
  // Two pages scanned by axe three times each, a file previewed twice, an import, a sign-in.
  test.setTimeout(150_000);
  const tag = `e2e-import-${unique()}`;
  const amira = `${tag}-amira@school.example`;
  const dana = `${tag}-dana@school.example`;
  const withBadRow = `Name;E-mail;Role;Class code\nAmira Haddad;${amira};student;ALASKA25\nDana Reyes;${dana};principal;\n`;

  await signInAs("admin");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Import users from a CSV file" }).click();
  await expect(page.getByRole("heading", { name: "Import users", level: 1 })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles(file(withBadRow));
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview of the import" });
  await expect(preview.getByRole("row", { name: /Dana Reyes/ })).toContainText("“principal” is not a role: use student, teacher or admin.");
  await expect(page.getByRole("status").first()).toContainText("1 row has a problem");
  await expect(page.getByRole("button", { name: /^Create/ })).toHaveCount(0);
  expect(await prisma.user.count({ where: { email: { startsWith: tag } } })).toBe(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("CSV file").setInputFiles(file(withBadRow.replace("principal", "teacher")));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(preview.getByRole("row", { name: /Amira Haddad/ })).toContainText("New account, joins Current Events 101");
  await page.getByRole("button", { name: "Create 2 accounts" }).click();

  const linkField = page.getByLabel(`Set-password link for ${amira}`);
  await expect(linkField).toHaveValue(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row", { name: new RegExp(dana) })).toContainText("Not e-mailed (no SMTP server set up)");
  await expectNoSeriousA11yViolations(page);
  const link = await linkField.inputValue();

  // The download holds the same links as the page.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the links (CSV)" }).click();
  const csv = await readFile((await (await downloading).path())!, "utf8");
  expect(csv).toContain(`"${amira}"`);
  expect(csv).toContain(`"${link}"`);
  expect(csv).toContain(`"${dana}"`);

  const student = await prisma.user.findUniqueOrThrow({ where: { email: amira }, include: { enrollments: { include: { class: true } } } });
  expect(student.enrollments.map((e) => e.class.joinCode)).toEqual(["ALASKA25"]);

  const context = await browser.newContext();
  try {
    const userPage = await context.newPage();
    await userPage.goto(link);
    await expect(userPage.getByText(`For ${amira}.`)).toBeVisible();
    await userPage.getByLabel("New password", { exact: true }).fill("my first passphrase");
    await userPage.getByLabel("New password again").fill("my first passphrase");
    await userPage.getByRole("button", { name: "Save the new password" }).click();
    await expect(userPage).toHaveURL((url) => url.pathname === "/sign-in");
    await submitSignIn(userPage, amira, "my first passphrase");
    await expect(userPage).toHaveURL((url) => url.pathname === "/quizzes");
  } finally {
    await context.close();
  }
});

test("without JavaScript: paste, preview, confirm, links", async ({ browser, prisma }) => {
  const tag = `e2e-import-nojs-${unique()}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await signInDirectly(context, prisma, actorEmails.admin);
    const page = await context.newPage();
    await page.goto("/admin/users/import");
    await page.getByLabel("Or paste the CSV text").fill(`name,email,role\n=SUM(1),${tag}-formula@school.example,student\nBen,${tag}-ben@school.example,\n`);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("region", { name: "Preview of the import" })).toContainText("kept as text, never run as a formula");
    await page.getByRole("button", { name: "Create 2 accounts" }).click();
    await expect(page.getByLabel(`Set-password link for ${tag}-ben@school.example`)).toHaveValue(/token=/);
    const formula = await prisma.user.findUniqueOrThrow({ where: { email: `${tag}-formula@school.example` } });
    expect(formula.name).toBe("=SUM(1)");
  } finally {
    await context.close();
  }
});
