// The idle timeout slides while a student works: a page load (through the proxy) and an
// autosave (in the route itself) both re-issue a session cookie that was last refreshed long ago.
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { session } from "@/lib/identity/config";
import { decodeSession, encodeSession } from "@/lib/identity/token";
import { authSecret } from "../helpers/session";
import { testPrisma } from "../helpers/database";
import { createUser } from "../helpers/fixtures";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

const now = () => Math.floor(Date.now() / 1000);

async function agedSession(userId: string) {
  // Signed in 20 minutes ago and last refreshed 10 minutes ago: due for a refresh.
  const claims = { userId, sessionVersion: 0, authTime: now() - 1200, lastSeen: now() - 600 };
  return (await encodeSession(claims, authSecret())).token;
}

function refreshedToken(setCookie: string | undefined): string | undefined {
  return new RegExp(`${session.cookie.replace(".", "\\.")}=([^;]+)`).exec(setCookie ?? "")?.[1];
}

test("a page load re-issues an aged session cookie with a new last use", async ({ playwright, baseURL }) => {
  const user = await createUser(prisma);
  const request = await playwright.request.newContext({ baseURL });
  const sent = now();
  const response = await request.get("/account", { headers: { cookie: `${session.cookie}=${await agedSession(user.id)}` }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const claims = await decodeSession(refreshedToken(response.headers()["set-cookie"]), authSecret());
  expect(claims?.lastSeen).toBeGreaterThanOrEqual(sent);
  expect(claims?.authTime).toBeLessThan(sent - 1000);
  await request.dispose();
});

test("an autosave re-issues an aged session cookie, and only after the save succeeded", async ({ playwright, baseURL }) => {
  const user = await createUser(prisma);
  const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "anchorage-summit" }, include: { items: { include: { question: { include: { currentVersion: true } } }, orderBy: { position: "asc" } } } });
  const attempt = await prisma.attempt.create({
    data: {
      userId: user.id,
      quizSetId: quizSet.id,
      responses: { create: quizSet.items.map((item, position) => ({ position, questionVersionId: item.question.currentVersionId! })) },
    },
  });
  const position = quizSet.items.findIndex((item) => item.question.currentVersion!.type === "SHORT_TEXT");
  const request = await playwright.request.newContext({ baseURL });
  const headers = { cookie: `${session.cookie}=${await agedSession(user.id)}`, origin: new URL(baseURL!).origin };
  const url = `/api/attempts/${attempt.id}/responses/${position}`;

  const stale = await request.put(url, { headers, data: { answer: { text: "Anchorage" }, sequence: 7 } });
  expect(stale.status()).toBe(409);
  expect(refreshedToken(stale.headers()["set-cookie"])).toBeUndefined();

  const sent = now();
  const saved = await request.put(url, { headers, data: { answer: { text: "Anchorage" }, sequence: 0 } });
  expect(saved.status()).toBe(200);
  const claims = await decodeSession(refreshedToken(saved.headers()["set-cookie"]), authSecret());
  expect(claims?.lastSeen).toBeGreaterThanOrEqual(sent);
  await request.dispose();
});
