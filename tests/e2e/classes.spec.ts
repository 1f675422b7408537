// A teacher makes a class and shows its code; one student joins by typing the code on the
// Quizzes page, another through the join link (signing in on the way); the teacher sees both on
// the roster and removes one. Every page is scanned with axe, on a desktop and at 360 px.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { baseUrl, signInDirectly, submitSignIn, unique } from "../helpers/browser";
import { createUser, testPassword } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";

const shots = process.env.CLASSES_SHOTS_DIR;

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl() });
}

/** Screenshots for looking at the pages (only when CLASSES_SHOTS_DIR is set). */
async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function scanAtBothWidths(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoSeriousA11yViolations(page);
  // What sticks out past the right edge, if anything (the message names it).
  const sideways = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest(".overflow-x-auto"))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 120)),
  );
  expect(sideways, "no sideways scrolling at 360 px").toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), "no text sticks out at 360 px").toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a teacher makes a class, two students join (code and link), the teacher removes one", async ({ browser, page, prisma, signInAs }) => {
  test.setTimeout(120_000);
  const tag = unique();
  // A pasted script in the name must come back as text.
  const className = `Period ${tag} <script>window.pwned=1</script>`;

  // The teacher: a fresh account, so that the class list is this test's own.
  const teacher = await createUser(prisma, { roles: ["TEACHER"], name: `Tara Teacher ${tag}` });
  const teacherContext = await newContext(browser);
  await signInDirectly(teacherContext, prisma, teacher.email);
  const teach = await teacherContext.newPage();
  await teach.goto("/teach");
  await expect(teach.getByRole("heading", { level: 1, name: "Teach" })).toBeVisible();
  await expect(teach.getByRole("link", { name: "Quiz sets" })).toBeVisible();
  await scanAtBothWidths(teach);
  await teach.getByLabel("Class name").fill(className);
  await teach.getByRole("button", { name: "Create class" }).click();
  await expect(teach).toHaveURL(/\/teach\/classes\/[a-z0-9]+\?created=1$/);
  await expect(teach.getByRole("heading", { level: 1 })).toHaveText(className);
  expect(await teach.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  const classId = new URL(teach.url()).pathname.split("/").pop()!;
  const { joinCode } = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
  await expect(teach.getByText(`${joinCode.slice(0, 4)} ${joinCode.slice(4)}`, { exact: true })).toBeVisible();
  const joinLink = teach.getByRole("link", { name: new RegExp(`/join/${joinCode}$`) });
  await expect(joinLink).toBeVisible();
  await expect(teach.getByRole("link", { name: "Gradebook" })).toHaveAttribute("href", `/teach/classes/${classId}/gradebook`);
  await expect(teach.getByRole("link", { name: "New assignment", exact: true })).toHaveAttribute("href", `/teach/assignments/new?classId=${classId}`);
  await scanAtBothWidths(teach);
  await shoot(teach, "class-new");

  await teach.getByRole("link", { name: "Show on projector" }).click();
  await expect(teach.getByText(joinCode.slice(0, 4), { exact: true })).toBeVisible();
  await scanAtBothWidths(teach);
  await shoot(teach, "projector");

  // Student one types the code (lower case, with a dash) on the Quizzes page.
  const one = await signInAs("new student");
  await page.goto("/quizzes");
  const join = page.getByRole("region", { name: "Join a class" });
  await join.getByLabel("Class code").fill(`${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`);
  await join.getByRole("button", { name: "Join class" }).click();
  await expect(join.getByRole("status")).toHaveText(`You joined “${className}”. Its assignments are on your Quizzes page.`);
  await expect(page.getByRole("heading", { level: 2, name: className })).toBeVisible();
  await scanAtBothWidths(page);
  await shoot(page, "quizzes");

  // A wrong code says so, in words.
  await join.getByLabel("Class code").fill("ZZZZ-ZZZZ");
  await join.getByRole("button", { name: "Join class" }).click();
  await expect(join.getByRole("status")).toHaveText(
    "That code does not match any open class. Check it with your teacher; codes change when a teacher makes a new one.",
  );

  // Student two opens the join link signed out, signs in, comes back, and presses Join.
  const two = await createUser(prisma, { name: `Sam Second ${tag}` });
  const secondContext = await newContext(browser);
  const second = await secondContext.newPage();
  await second.goto(`/join/${joinCode}`);
  await expect(second).toHaveURL(`/sign-in?next=${encodeURIComponent(`/join/${joinCode}`)}`);
  await submitSignIn(second, two.email, testPassword);
  await expect(second).toHaveURL(new RegExp(`/join/${joinCode}$`));
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Join “${className}”`);
  await expect(second.getByText(`Teacher: ${teacher.name}`)).toBeVisible();
  // Opening the link joined nothing.
  expect(await prisma.enrollment.count({ where: { classId, userId: two.id } })).toBe(0);
  await scanAtBothWidths(second);
  await shoot(second, "join-link");
  await second.getByRole("button", { name: "Join" }).click();
  await expect(second.getByRole("status")).toHaveText("You are in this class. Its assignments are on your Quizzes page.");
  expect(await prisma.enrollment.count({ where: { classId, userId: two.id } })).toBe(1);
  await second.goto("/join");
  await scanAtBothWidths(second);
  await shoot(second, "join");

  // The teacher sees both and removes student one (two steps).
  await teach.goto(`/teach/classes/${classId}`);
  const roster = teach.getByRole("table", { name: "Students in the class" });
  await expect(roster.getByRole("row", { name: new RegExp(one.email) })).toBeVisible();
  await expect(roster.getByRole("row", { name: new RegExp(two.email) })).toBeVisible();
  await roster.getByRole("row", { name: new RegExp(one.email) }).locator("summary").click();
  await roster.getByRole("button", { name: `Remove ${one.name}` }).click();
  await expect(roster.getByRole("row", { name: new RegExp(one.email) })).toHaveCount(0);
  await expect(roster.getByRole("row", { name: new RegExp(two.email) })).toBeVisible();
  await expect(teach.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  await shoot(teach, "class-roster");
  await teach.goto("/teach");
  await shoot(teach, "teach");

  await teacherContext.close();
  await secondContext.close();
});
