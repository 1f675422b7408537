// Forgot password and an admin's reset link, in the browser: the link works once, ends every
// session, and the person signs in with the new password.
import { test, expect } from "../helpers/roles";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { submitSignIn, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";

test("an admin makes a reset link; the user sets a new password with it, once", async ({ page, browser, prisma, signInAs }) => {
  const user = await createUser(prisma, { name: `Rosa Reset ${unique()}` });
  await signInAs("admin");
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await page.getByRole("table", { name: "Users" }).getByRole("link", { name: user.name }).click();
  await page.getByRole("button", { name: `Make a password reset link for ${user.email}` }).click();
  const field = page.getByLabel(`Reset link for ${user.email}`, { exact: true });
  await expect(field).toHaveValue(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  const link = await field.inputValue();

  const context = await browser.newContext();
  try {
    const userPage = await context.newPage();
    await userPage.goto(link);
    await expect(userPage.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await expect(userPage.getByText(`For ${user.email}.`)).toBeVisible();
    await expectNoSeriousA11yViolations(userPage);
    await userPage.getByLabel("New password", { exact: true }).fill("my fresh passphrase");
    await userPage.getByLabel("New password again").fill("my fresh passphrase");
    await userPage.getByRole("button", { name: "Save the new password" }).click();
    await expect(userPage).toHaveURL((url) => url.pathname === "/sign-in" && url.search === "?reset=1");
    await expect(userPage.getByText("Your new password is saved")).toBeVisible();
    await submitSignIn(userPage, user.email, "my fresh passphrase");
    await expect(userPage).toHaveURL((url) => url.pathname === "/quizzes");

    // Used once: the same link now says so.
    await userPage.goto(link);
    await expect(userPage.getByRole("main").getByRole("alert")).toContainText("This link is not valid any more");
  } finally {
    await context.close();
  }
});

test("forgot password answers the same for a known and an unknown email", async ({ page, prisma }) => {
  const user = await createUser(prisma);
  const answers: string[] = [];
  for (const email of [user.email, `nobody-${unique()}@cited.test`]) {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    const status = page.getByRole("status").first();
    await expect(status).toContainText("If an account uses that email");
    answers.push((await status.textContent()) ?? "");
  }
  expect(answers[0]).toBe(answers[1]);
  expect(await prisma.passwordToken.count({ where: { userId: user.id } })).toBe(1);
  await expectNoSeriousA11yViolations(page);
});
