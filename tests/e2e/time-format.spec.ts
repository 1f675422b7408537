import { expect, test } from "../helpers/roles";

// Times used to appear two ways on the taking page: the deadline as "14:05 UTC" from the server
// and the save indicator as "02:05 PM" in the browser's zone and locale. Both now come from
// lib/format/time.ts, in the viewer's zone, 24-hour, with the zone named on the deadline.
const zone = "America/New_York";
const assignmentTitle = "Week 1: the deported children and the numbers";

test.use({ timezoneId: zone, locale: "en-US" });

const clockIn = (instant: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);

test("the taking page shows its deadline and its saves in one format, in the viewer's zone", async ({ page, prisma, signInAs }) => {
  const student = await signInAs("new student");
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  await prisma.enrollment.create({ data: { classId: klass.id, userId: student.id } });

  await page.goto("/quizzes");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: assignmentTitle }) });
  // The due time on the card names the zone too.
  await expect(card.locator("time").first()).toHaveText(new RegExp(`\\(${zone}\\)$`));
  await card.getByRole("button", { name: `Start ${assignmentTitle}` }).click();
  await expect(page).toHaveURL(/^[^?]*\/attempts\/[a-z0-9]+$/);

  const deadline = page.getByText(/^Answers are accepted until/).locator("time");
  const deadlineAt = new Date((await deadline.getAttribute("datetime"))!);
  await expect(deadline).toHaveText(new RegExp(`^\\d{1,2} [A-Z][a-z]+ \\d{4}, ${clockIn(deadlineAt)} \\(America/New_York\\)$`));

  const before = new Date();
  const first = page.getByRole("group", { name: /^Question 1 of \d+/ });
  await first.getByRole("radio").first().check();
  const status = first.getByRole("status");
  await expect(status).toHaveText(/^Saved \d\d:\d\d$/);
  const after = new Date();
  // The same 24-hour clock in the same zone as the deadline (the save happened between the two).
  expect([clockIn(before), clockIn(after)]).toContain((await status.textContent())!.replace("Saved ", ""));
});
