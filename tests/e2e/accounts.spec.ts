import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { baseUrl, mainNav, signInDirectly, submitSignIn, unique } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { actorEmails, createUser, testPassword } from "../helpers/fixtures";

const wrongCredentials = "The email or password is not right.";
const signedUpNote = "Now sign in with the email and password you chose. If that email already had an account, sign in with its own password.";
const tooManyAttempts = /^Too many attempts\. Try again in \d+ minutes?\.$/;
const disabledMessage = "This account has been disabled. Ask your teacher or an admin.";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

const formStatus = (page: Page) => page.getByRole("status").first();

async function fillSignUp(page: Page, values: { name: string; email: string; password: string }) {
  await page.getByLabel("Name").fill(values.name);
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Password").fill(values.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function expectSignedOut(page: Page) {
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(mainNav(page).getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

async function expectSignedInAs(page: Page, name: string) {
  await expect(mainNav(page).getByRole("link", { name })).toBeVisible();
  await expect(mainNav(page).getByRole("button", { name: "Sign out" })).toBeVisible();
}

async function disabledAt(userId: string) {
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { disabledAt: true } })).disabledAt;
}

/** Finds the user in the users table, opens their page and returns its main content. */
async function openUserAsAdmin(page: Page, email: string) {
  await page.goto("/admin/users");
  await page.getByLabel("Search by name or email").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === email);
  const rows = page.getByRole("table", { name: "Users" }).getByRole("row").filter({ hasText: email });
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/users\/[a-z0-9]+$/);
  const main = page.getByRole("main");
  await expect(main).toContainText(email);
  return main;
}

test.describe("sign-up and sign-in", () => {
  test("a new visitor signs up, signs out, and signs in again back to the page they asked for", async ({ page }) => {
    const name = `Nadia ${unique()}`;
    const email = `nadia-${unique()}@example.com`;
    const password = "walnut lantern orbit";

    await page.goto("/sign-up");
    await fillSignUp(page, { name, email, password });
    // Sign-up answers alike for a new and a taken email, so it signs nobody in: sign in next.
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.search === "?created=1");
    await expect(page.getByRole("note")).toHaveText(signedUpNote);
    await expectSignedOut(page);
    const created = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ name, roles: ["STUDENT"], disabledAt: null });
    await submitSignIn(page, email, password);
    // A student lands on their quizzes (lib/domain/landing.ts).
    await expect(page).toHaveURL((url) => url.pathname === "/quizzes");
    await expectSignedInAs(page, name);

    await mainNav(page).getByRole("button", { name: "Sign out" }).click();
    await expectSignedOut(page);

    await page.goto("/account");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.search === "?next=%2Faccount");
    await submitSignIn(page, email, password);
    await expect(page).toHaveURL((url) => url.pathname === "/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText(`${email} · student`)).toBeVisible();
    await expectSignedInAs(page, name);
  });

  test("a return address outside the site is ignored after sign-in", async ({ page }) => {
    const user = await createUser(prisma, { name: `Oscar ${unique()}` });
    await page.goto("/sign-in?next=%2F%2Fevil.example%2Fphish");
    await submitSignIn(page, user.email, testPassword);
    await expect(page).toHaveURL((url) => url.origin === new URL(baseUrl()).origin && url.pathname === "/quizzes");
    await expectSignedInAs(page, user.name);
  });

  const fieldCases = [
    { problem: "a 7-character password", field: "Password", password: "tulip7x", message: "Use at least 8 characters." },
    { problem: "a common password", field: "Password", password: "password123", message: "This password is too common" },
    { problem: "a common password, differently cased", field: "Password", password: "QwertyUiop", message: "This password is too common" },
    { problem: "an invalid email", field: "Email", email: "not-an-email", message: "Enter a valid email address" },
  ];
  for (const { problem, field, message, ...values } of fieldCases) {
    test(`sign-up shows ${problem} on the ${field} field and creates nobody`, async ({ page }) => {
      const name = `Field ${unique()}`;
      const email = values.email ?? `field-${unique()}@example.com`;
      await page.goto("/sign-up");
      await fillSignUp(page, { name, email, password: values.password ?? "walnut lantern orbit" });

      await expect(formStatus(page)).toHaveText("Check the highlighted fields.");
      const input = page.getByLabel(field);
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, "\\.")));
      for (const other of ["Name", "Email", "Password"].filter((f) => f !== field)) {
        await expect(page.getByLabel(other)).not.toHaveAttribute("aria-invalid", "true");
      }
      await expect(page.getByLabel("Name")).toHaveValue(name);
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expectSignedOut(page);
      expect(await prisma.user.count({ where: { name } })).toBe(0);
    });
  }

  test("sign-up with an email that has an account answers as for a new one, and changes nothing", async ({ page }) => {
    const existing = await createUser(prisma, { name: "Existing Person" });
    const name = `Duplicate ${unique()}`;
    await page.goto("/sign-up");
    await fillSignUp(page, { name, email: existing.email.toUpperCase(), password: "walnut lantern orbit" });

    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.search === "?created=1");
    await expect(page.getByRole("note")).toHaveText(signedUpNote);
    await expectSignedOut(page);
    expect(await prisma.user.count({ where: { name } })).toBe(0);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ name: "Existing Person", passwordHash: existing.passwordHash, sessionVersion: existing.sessionVersion });
  });

  test("a wrong password and an unknown email get the same message, and the email stays filled", async ({ page }) => {
    const user = await createUser(prisma);
    await page.goto("/sign-in");
    await submitSignIn(page, user.email, "not the password at all");
    await expect(formStatus(page)).toHaveText(wrongCredentials);
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    const unknown = `nobody-${unique()}@example.com`;
    await submitSignIn(page, unknown, "not the password at all");
    await expect(formStatus(page)).toHaveText(wrongCredentials);
    await expect(page.getByLabel("Email")).toHaveValue(unknown);
    await expectSignedOut(page);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  });
});

test.describe("sign-in rate limit", () => {
  test("ten wrong passwords lock the account for a browser that never signed in to it, even for the right password", async ({ page }) => {
    test.setTimeout(60_000);
    const user = await createUser(prisma);
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 10; attempt++) {
      await submitSignIn(page, user.email, `wrong password ${attempt}`);
      await expect(formStatus(page)).toHaveText(wrongCredentials);
    }
    await submitSignIn(page, user.email, testPassword);
    await expect(formStatus(page)).toHaveText(tooManyAttempts);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    await expectSignedOut(page);
  });

  test("a browser that signed in to the account before can still sign in while the account is locked elsewhere", async ({ browser }) => {
    test.setTimeout(60_000);
    const user = await createUser(prisma, { name: `Devi ${unique()}` });
    const known = await browser.newContext();
    const stranger = await browser.newContext();
    try {
      const pageA = await known.newPage();
      await pageA.goto("/sign-in");
      await submitSignIn(pageA, user.email, testPassword);
      await expectSignedInAs(pageA, user.name);
      expect((await known.cookies()).map((c) => c.name)).toContain("cited.device");
      // The session runs out (not a sign-out, which ends every session and the device's trust).
      await known.clearCookies({ name: "cited.session" });
      await pageA.reload();
      await expectSignedOut(pageA);

      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await stranger.request.post("/api/auth/sign-in", { data: { email: user.email, password: `guess ${attempt}` } });
        expect(response.status()).toBe(401);
      }
      const pageB = await stranger.newPage();
      await pageB.goto("/sign-in");
      await submitSignIn(pageB, user.email, testPassword);
      await expect(formStatus(pageB)).toHaveText(tooManyAttempts);
      await expectSignedOut(pageB);

      await pageA.goto("/sign-in");
      await submitSignIn(pageA, user.email, testPassword);
      await expect(pageA).toHaveURL((url) => url.pathname === "/quizzes");
      await expectSignedInAs(pageA, user.name);
    } finally {
      await known.close();
      await stranger.close();
    }
  });

  test("the JSON sign-in answers 401 for a wrong password, 429 with Retry-After when locked, 400 for a non-JSON body", async ({ request }) => {
    const user = await createUser(prisma);
    const wrong = await request.post("/api/auth/sign-in", { data: { email: user.email, password: "wrong password" } });
    expect(wrong.status()).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: wrongCredentials });
    expect(wrong.headers()["set-cookie"] ?? "").not.toContain("cited.session");

    for (let attempt = 2; attempt <= 10; attempt++) {
      expect((await request.post("/api/auth/sign-in", { data: { email: user.email, password: `wrong ${attempt}` } })).status()).toBe(401);
    }
    const locked = await request.post("/api/auth/sign-in", { data: { email: user.email, password: testPassword } });
    expect(locked.status()).toBe(429);
    const retryAfter = locked.headers()["retry-after"];
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(15 * 60);
    expect((await locked.json()).error).toMatch(tooManyAttempts);
    expect(locked.headers()["set-cookie"] ?? "").not.toContain("cited.session");

    const form = await request.post("/api/auth/sign-in", { form: { email: user.email, password: testPassword } });
    expect(form.status()).toBe(400);
    const broken = await request.post("/api/auth/sign-in", { headers: { "content-type": "application/json" }, data: Buffer.from("{ not json") });
    expect(broken.status()).toBe(400);
  });
});

test.describe("administering users", () => {
  test("a role change ends the user's session, takes effect at the next sign-in, and is logged", async ({ browser }) => {
    const user = await createUser(prisma, { name: `Xavier ${unique()}` });
    const userContext = await browser.newContext();
    const adminContext = await browser.newContext();
    try {
      await signInDirectly(userContext, prisma, user.email);
      const userPage = await userContext.newPage();
      await userPage.goto("/");
      await expectSignedInAs(userPage, user.name);

      await signInDirectly(adminContext, prisma, actorEmails.admin);
      const adminPage = await adminContext.newPage();
      const item = await openUserAsAdmin(adminPage, user.email);
      await expect(item.getByRole("checkbox", { name: "student" })).toBeChecked();
      await expect(item.getByRole("checkbox", { name: "teacher" })).not.toBeChecked();
      await item.getByRole("checkbox", { name: "teacher" }).check();
      await item.getByRole("button", { name: `Save roles of ${user.email}` }).click();
      await expect(item.getByText("Roles saved. The user's sessions have ended.")).toBeVisible();
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(["STUDENT", "TEACHER"]);

      await userPage.reload();
      await expectSignedOut(userPage);
      await userPage.goto("/sign-in?next=%2Faccount");
      await submitSignIn(userPage, user.email, testPassword);
      await expect(userPage).toHaveURL((url) => url.pathname === "/account");
      await expect(userPage.getByText(`${user.email} · student, teacher`)).toBeVisible();

      await adminPage.reload();
      const audit = adminPage.getByRole("region", { name: "Recent changes" });
      await expect(audit.getByRole("listitem").filter({ hasText: `${actorEmails.admin} changed the roles of ${user.email} (roles: student → student, teacher)` })).toHaveCount(1);
    } finally {
      await userContext.close();
      await adminContext.close();
    }
  });

  test("a disabled user is signed out and refused, and can sign in again once enabled", async ({ browser }) => {
    const user = await createUser(prisma, { name: `Yolanda ${unique()}` });
    const userContext = await browser.newContext();
    const adminContext = await browser.newContext();
    try {
      await signInDirectly(userContext, prisma, user.email);
      const userPage = await userContext.newPage();
      await userPage.goto("/");
      await expectSignedInAs(userPage, user.name);

      await signInDirectly(adminContext, prisma, actorEmails.admin);
      const adminPage = await adminContext.newPage();
      await (await openUserAsAdmin(adminPage, user.email)).getByRole("button", { name: `Disable ${user.email}` }).click();
      await expect.poll(() => disabledAt(user.id)).not.toBeNull();

      await userPage.reload();
      await expectSignedOut(userPage);
      await userPage.goto("/sign-in");
      await submitSignIn(userPage, user.email, testPassword);
      await expect(formStatus(userPage)).toHaveText(disabledMessage);
      await expectSignedOut(userPage);

      const item = await openUserAsAdmin(adminPage, user.email);
      await expect(item.getByText("disabled", { exact: true })).toBeVisible();
      await item.getByRole("button", { name: `Enable ${user.email}` }).click();
      await expect.poll(() => disabledAt(user.id)).toBeNull();

      await submitSignIn(userPage, user.email, testPassword);
      await expect(userPage).toHaveURL((url) => url.pathname === "/quizzes");
      await expectSignedInAs(userPage, user.name);

      await adminPage.reload();
      const audit = adminPage.getByRole("region", { name: "Recent changes" });
      await expect(audit.getByRole("listitem").filter({ hasText: `${actorEmails.admin} disabled ${user.email} (disabled: no → yes)` })).toHaveCount(1);
      await expect(audit.getByRole("listitem").filter({ hasText: `${actorEmails.admin} enabled ${user.email} (disabled: yes → no)` })).toHaveCount(1);

      // The whole log, filtered to one action: this user's disabling is there, the enabling is not.
      await adminPage.goto("/admin/audit");
      await adminPage.getByLabel("Action").selectOption("user.disable");
      await adminPage.getByRole("button", { name: "Filter" }).click();
      await expect(adminPage).toHaveURL(/action=user\.disable/);
      const log = adminPage.getByRole("list", { name: "Audit log" });
      await expect(log.getByRole("listitem").filter({ hasText: `disabled ${user.email}` })).toHaveCount(1);
      await expect(log.getByRole("listitem").filter({ hasText: `enabled ${user.email}` })).toHaveCount(0);
      await expectNoSeriousA11yViolations(adminPage);
    } finally {
      await userContext.close();
      await adminContext.close();
    }
  });

  test("the users page shows the new state right after Disable and Enable", async ({ page, context }) => {
    const user = await createUser(prisma, { name: `Zelda ${unique()}` });
    await signInDirectly(context, prisma, actorEmails.admin);
    const item = await openUserAsAdmin(page, user.email);

    await item.getByRole("button", { name: `Disable ${user.email}` }).click();
    await expect.poll(() => disabledAt(user.id)).not.toBeNull();
    await expect(item.getByText("disabled", { exact: true })).toBeVisible();
    await expect(item.getByRole("button", { name: `Enable ${user.email}` })).toBeVisible();

    await item.getByRole("button", { name: `Enable ${user.email}` }).click();
    await expect.poll(() => disabledAt(user.id)).toBeNull();
    await expect(item.getByText("disabled", { exact: true })).toHaveCount(0);
    await expect(item.getByRole("button", { name: `Disable ${user.email}` })).toBeVisible();
  });
});

test("changing the password keeps this browser signed in and signs every other session out", async ({ browser }) => {
  const user = await createUser(prisma, { name: `Wanda ${unique()}` });
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  try {
    await signInDirectly(here, prisma, user.email);
    await signInDirectly(elsewhere, prisma, user.email);
    const page = await here.newPage();
    const otherPage = await elsewhere.newPage();
    await otherPage.goto("/");
    await expectSignedInAs(otherPage, user.name);

    await page.goto("/account");
    const newPassword = "marble heron kettle";
    const change = async (current: string) => {
      await page.getByLabel("Current password").fill(current);
      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByLabel("New password again").fill(newPassword);
      await page.getByRole("button", { name: "Change password" }).click();
    };

    await change("not my password");
    const current = page.getByLabel("Current password");
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(current).toHaveAccessibleDescription("That is not your current password.");
    await expect(page.getByLabel("New password", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expectSignedInAs(otherPage, user.name);

    await change(testPassword);
    await expect(page.getByText("Your password was changed. You were signed out everywhere else.")).toBeVisible();
    await expect(current).not.toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expectSignedInAs(page, user.name);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    await otherPage.reload();
    await expectSignedOut(otherPage);
    await otherPage.goto("/sign-in");
    await submitSignIn(otherPage, user.email, newPassword);
    await expectSignedInAs(otherPage, user.name);
  } finally {
    await here.close();
    await elsewhere.close();
  }
});

test.describe("accessibility of the account pages", () => {
  test("sign-in, before and after a failed submit", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoSeriousA11yViolations(page);
    await submitSignIn(page, `nobody-${unique()}@example.com`, "not the password");
    await expect(formStatus(page)).toHaveText(wrongCredentials);
    await expectNoSeriousA11yViolations(page);
  });

  test("sign-up, before and after a failed submit", async ({ page }) => {
    await page.goto("/sign-up");
    await expectNoSeriousA11yViolations(page);
    await fillSignUp(page, { name: "", email: "nope", password: "short" });
    await expect(formStatus(page)).toHaveText("Check the highlighted fields.");
    await expectNoSeriousA11yViolations(page);
  });

  test("account", async ({ page, context }) => {
    const user = await createUser(prisma);
    await signInDirectly(context, prisma, user.email);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("admin users", async ({ page, context }) => {
    await signInDirectly(context, prisma, actorEmails.admin);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("table", { name: "Users" }).getByRole("rowheader").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: "Roles" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("the admin's users table", () => {
  test("searches literally, filters, sorts, and refuses a user with no role without losing the boxes", async ({ page, context }) => {
    const tag = `lit${unique()}`;
    const percent = await createUser(prisma, { name: `${tag} 100% Sure` });
    const underscore = await createUser(prisma, { name: `${tag} b_n Under` });
    const ben = await createUser(prisma, { name: `${tag} Ben`, roles: ["TEACHER"] });
    await signInDirectly(context, prisma, actorEmails.admin);
    const table = page.getByRole("table", { name: "Users" });

    await page.goto(`/admin/users?q=${encodeURIComponent(`${tag} b_n`)}`);
    await expect(table.getByRole("row").filter({ hasText: tag })).toHaveCount(1);
    await expect(table).toContainText(underscore.email);

    await page.goto("/admin/users?q=%25");
    await expect(table).toContainText(percent.email);
    await expect(table).not.toContainText(ben.email);

    await page.goto(`/admin/users?q=${tag}`);
    await page.getByLabel("Role").selectOption("TEACHER");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(table.getByRole("row").filter({ hasText: tag })).toHaveCount(1);
    await expect(table).toContainText(ben.email);

    await page.goto(`/admin/users?q=${tag}`);
    await table.getByRole("link", { name: /^Email/ }).click();
    await expect(table.getByRole("columnheader", { name: /^Email/ })).toHaveAttribute("aria-sort", "ascending");
    await table.getByRole("link", { name: /^Email/ }).click();
    await expect(table.getByRole("columnheader", { name: /^Email/ })).toHaveAttribute("aria-sort", "descending");

    const main = await openUserAsAdmin(page, ben.email);
    await main.getByRole("checkbox", { name: "teacher" }).uncheck();
    await main.getByRole("button", { name: `Save roles of ${ben.email}` }).click();
    await expect(main.getByText("Give the user at least one role.")).toBeVisible();
    await expect(main.getByRole("checkbox", { name: "teacher" })).toHaveAttribute("aria-invalid", "true");
    await expect(main.getByRole("checkbox", { name: "teacher" })).not.toBeChecked();
    await main.getByRole("checkbox", { name: "admin" }).check();
    await main.getByRole("button", { name: `Save roles of ${ben.email}` }).click();
    await expect(main.getByText("Roles saved.")).toBeVisible();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ben.id } })).roles).toEqual(["ADMIN"]);
  });
});
