// A client cannot choose the address its rate limits are counted by: with no trusted proxy
// configured (TRUSTED_IP_HEADER unset, as in the tests), a forged X-Forwarded-For is ignored
// and the socket address counts. Rows are looked up by the forged values this test made up,
// so other tests writing at the same time cannot change what it sees.
import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { unique } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { createUser } from "../helpers/fixtures";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

const forgedAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

test("a forged X-Forwarded-For does not name the address that sign-in and sign-up limits count", async ({ playwright, baseURL, browser }) => {
  const user = await createUser(prisma);
  const forged = [forgedAddress(), forgedAddress(), forgedAddress()];
  const request = await playwright.request.newContext({ baseURL });
  for (const address of forged) {
    const response = await request.post("/api/auth/sign-in", { data: { email: user.email, password: "not the password" }, headers: { "x-forwarded-for": address } });
    expect(response.status()).toBe(401);
  }
  await request.dispose();

  // A sign-up through the form, in a browser that adds the forged header to every request.
  const address = forgedAddress();
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address, "x-real-ip": address } });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(`Forger ${unique()}`);
  await page.getByLabel("Email").fill(`forger-${unique()}@cited.test`);
  await page.getByLabel("Password").fill("walnut lantern orbit");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).not.toHaveURL(/\/sign-up$/);
  await context.close();

  const keys = [...forged.map((a) => `signin:ip:${a}`), `signup:ip:${address}`];
  expect(await prisma.rateLimit.findMany({ where: { key: { in: keys } } })).toEqual([]);
  // The failures were counted against the account all the same.
  expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: `signin:account:${user.email}` } })).count).toBe(3);
});
