// The autosave fast lane (lib/http/fast-lane.ts) answers autosaves before Next.js with the
// handler the Next.js route exports. This spec holds it to that: the same requests, good and
// bad, go to the app `npm test -- e2e` started (fast lane on) and to a second instance on the
// same database with CITED_FAST_LANE=off (Next.js's route), and must get the same status, the
// same body and the same security headers. Every refusal an attacker would try is here: no
// session, a forged one, another site, another student's attempt, bad JSON, huge numbers.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { session } from "@/lib/identity/config";
import { encodeSession, freshClaims } from "@/lib/identity/token";
import { asInstance, startApp, type AppInstance } from "../../scripts/lib/app-process";
import { findFreePort } from "../../scripts/lib/ports";
import { baseUrl } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { authSecret, sessionCookieFor } from "../helpers/session";
import { createUser } from "../helpers/fixtures";
import { startFixtureAttempt } from "../helpers/taking-page";

let prisma: PrismaClient;
let nextOnly: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  prisma = testPrisma();
  const env = { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: authSecret(), WEB_CONCURRENCY: "1", CITED_FAST_LANE: "off" };
  nextOnly = asInstance(await startApp({ port: await findFreePort(3400), env, timeoutMs: 150_000 }));
});

test.afterAll(async () => {
  await nextOnly?.stop();
  await prisma?.$disconnect();
});

type Sent = { path: string; headers?: Record<string, string>; body?: string };

/** What a client can see of an answer, the time of a save left out (it differs by nature). */
async function seen(response: APIResponse) {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  if (body && typeof body === "object" && "savedAt" in body) body = { ...body, savedAt: typeof (body as { savedAt: unknown }).savedAt };
  const headers = response.headers();
  return {
    status: response.status(),
    body,
    headers: Object.fromEntries(["cache-control", "content-type", "x-content-type-options", "x-frame-options", "referrer-policy", "retry-after"].map((name) => [name, headers[name]])),
  };
}

async function put(api: APIRequestContext, origin: string, sent: Sent) {
  return api.fetch(`${origin}${sent.path}`, { method: "PUT", headers: sent.headers, data: sent.body, maxRedirects: 0 });
}

test("the fast lane answers every autosave as the Next.js route does", async ({ page, context, playwright }) => {
  test.setTimeout(120_000);
  const fast = baseUrl();
  const attemptId = await startFixtureAttempt(page, context, prisma);
  const owner = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { user: true, responses: { include: { questionVersion: true }, orderBy: { position: "asc" } } } });
  const firstChoice = owner.responses.findIndex((r) => r.questionVersion.type === "SINGLE_CHOICE");
  const choices = (owner.responses[firstChoice].questionVersion.options as { choices: { id: string }[] }).choices;
  const mine = await sessionCookieFor(prisma, owner.user.email);
  const classmate = await createUser(prisma);
  const theirs = await sessionCookieFor(prisma, classmate.email);
  const forged = (await encodeSession(freshClaims(owner.userId, owner.user.sessionVersion), "another secret that is long enough to be one")).token;

  const api = await playwright.request.newContext();
  const as = (cookie: { name: string; value: string } | null, origin: string, extra: Record<string, string> = {}) => ({
    "content-type": "application/json",
    origin,
    ...(cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}),
    ...extra,
  });
  const path = (position: number | string = firstChoice, id = attemptId) => `/api/attempts/${id}/responses/${position}`;
  const save = (sequence: unknown, answer: unknown = { choice: choices[0].id }) => JSON.stringify({ answer, sequence });

  // Each case is sent to both, in turn, with the headers each origin needs: the same request.
  const cases: Record<string, (origin: string) => Sent> = {
    "no session": (o) => ({ path: path(), headers: as(null, o), body: save(0) }),
    "a session signed with another secret": (o) => ({ path: path(), headers: as({ name: session.cookie, value: forged }, o), body: save(0) }),
    "another site": (o) => ({ path: path(), headers: as(mine, "https://evil.example", { host: new URL(o).host }), body: save(0) }),
    "no Origin": (o) => ({ path: path(), headers: { "content-type": "application/json", cookie: `${mine.name}=${mine.value}`, host: new URL(o).host }, body: save(0) }),
    "not JSON": (o) => ({ path: path(), headers: as(mine, o, { "content-type": "text/plain" }), body: save(0) }),
    "broken JSON": (o) => ({ path: path(), headers: as(mine, o), body: "{\"answer\": " }),
    "a sequence that is not a number": (o) => ({ path: path(), headers: as(mine, o), body: save("7") }),
    "a sequence beyond PostgreSQL's integer": (o) => ({ path: path(), headers: as(mine, o), body: save(2 ** 40) }),
    "a classmate's attempt": (o) => ({ path: path(), headers: as(theirs, o), body: save(0) }),
    "an id that is not an id": (o) => ({ path: path(firstChoice, "not-an-id!"), headers: as(mine, o), body: save(0) }),
    "a position beyond any quiz": (o) => ({ path: path(5000), headers: as(mine, o), body: save(0) }),
    "a negative position": (o) => ({ path: path("-1"), headers: as(mine, o), body: save(0) }),
    // The position's digits escaped: decoded as Next.js decodes them, so the question is found
    // and the forged option is what is refused (422, not 404).
    "an escaped path": (o) => ({ path: path(String(firstChoice).split("").map((digit) => `%3${digit}`).join("")), headers: as(mine, o), body: save(0, { choice: "nope" }) }),
    "a forged option": (o) => ({ path: path(), headers: as(mine, o), body: save(0, { choice: "<script>alert(1)</script>" }) }),
    "an answer of the wrong shape": (o) => ({ path: path(), headers: as(mine, o), body: save(0, [1, 2, 3]) }),
  };
  for (const [name, make] of Object.entries(cases)) {
    const viaFast = await put(api, fast, make(fast));
    const viaNext = await put(api, nextOnly.baseUrl, make(nextOnly.baseUrl));
    expect(viaFast.headers()["x-cited-lane"], `${name}: answered by the fast lane`).toBe("fast");
    expect(viaNext.headers()["x-cited-lane"], `${name}: answered by Next.js`).toBeUndefined();
    expect(await seen(viaFast), name).toEqual(await seen(viaNext));
    expect(viaFast.status(), name).toBeGreaterThanOrEqual(400);
    if (name === "an escaped path") expect(viaFast.status()).toBe(422);
  }
  // None of those refusals wrote anything.
  expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).sequence).toBe(0);

  // A save through each: both land, in turn, and move the sequence by one each.
  const first = await put(api, fast, { path: path(), headers: as(mine, fast), body: save(0, { choice: choices[1].id }) });
  const second = await put(api, nextOnly.baseUrl, { path: path(), headers: as(mine, nextOnly.baseUrl), body: save(1, { choice: choices[0].id }) });
  expect(await seen(first)).toEqual({ ...(await seen(second)), body: { sequence: 1, savedAt: "string" } });
  expect((await seen(second)).body).toEqual({ sequence: 2, savedAt: "string" });

  // A tab that is behind: both answer 409 with where the attempt is and whose save that was.
  const staleFast = await seen(await put(api, fast, { path: path(), headers: as(mine, fast), body: save(0) }));
  const staleNext = await seen(await put(api, nextOnly.baseUrl, { path: path(), headers: as(mine, nextOnly.baseUrl), body: save(0) }));
  expect(staleFast).toEqual(staleNext);
  expect(staleFast.status).toBe(409);

  // A body too large is refused unread by the fast lane (Next.js would read it and refuse it).
  const huge = await put(api, fast, { path: path(), headers: as(mine, fast), body: save(2, "x".repeat(300 * 1024)) });
  expect(huge.status()).toBe(413);
  expect((await prisma.response.findFirstOrThrow({ where: { attemptId, position: firstChoice } })).answer).toEqual({ choice: choices[0].id });

  // Other requests are Next.js's: a GET of the same path, and the health check.
  expect((await api.get(`${fast}${path()}`)).headers()["x-cited-lane"]).toBeUndefined();
  expect((await api.get(`${fast}/api/health`)).headers()["x-cited-lane"]).toBeUndefined();
  await api.dispose();
});
