import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { baseUrl } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { actorEmails, actorNames, createUser, ensureCoTeacher, ensureOtherClass, type ActorName } from "../helpers/fixtures";
import { routePolicy, type RouteOutcome, type RouteRule } from "../helpers/policy";
import { sessionCookieFor } from "../helpers/session";

const appDir = path.join(import.meta.dirname, "../../app");

let prisma: PrismaClient;
const seeded: Record<string, string> = {};
test.beforeAll(async () => {
  prisma = testPrisma();
  await ensureOtherClass(prisma);
  await ensureCoTeacher(prisma);
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  const assignment = await prisma.assignment.findFirstOrThrow({ where: { classId: klass.id }, orderBy: { createdAt: "asc" } });
  const student = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.student } });
  // An attempt at the demo assignment by a student of the class made for this spec alone, so
  // that no other spec's seeded student finds an attempt it did not start.
  const taker = await createUser(prisma, { email: "route-policy-taker@cited.test" });
  await prisma.enrollment.upsert({ where: { classId_userId: { classId: klass.id, userId: taker.id } }, update: {}, create: { classId: klass.id, userId: taker.id } });
  const attempt =
    (await prisma.attempt.findFirst({ where: { userId: taker.id, assignmentId: assignment.id } })) ??
    (await prisma.attempt.create({ data: { userId: taker.id, assignmentId: assignment.id, quizSetId: assignment.quizSetId, number: 1 } }));
  Object.assign(seeded, { classId: klass.id, assignmentId: assignment.id, studentId: student.id, quizSetId: assignment.quizSetId, attemptId: attempt.id });
});

/** The rule's example path with the seeded ids filled in. */
const concrete = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => seeded[name] ?? `missing-${name}`);
test.afterAll(() => prisma.$disconnect());

function routeFiles(): string[] {
  return readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^(page|route)\.(tsx?|jsx?|mdx)$/.test(entry.name))
    .map((entry) => path.relative(appDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

async function send(rule: Pick<RouteRule, "method" | "path" | "body">, actor: ActorName, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...extraHeaders };
  if (actor !== "anonymous") {
    const cookie = await sessionCookieFor(prisma, actorEmails[actor]);
    headers.cookie = `${cookie.name}=${cookie.value}`;
  }
  if (rule.method !== "GET") headers.origin = new URL(baseUrl()).origin;
  const context = await playwrightRequest.newContext({ baseURL: baseUrl(), maxRedirects: 0, extraHTTPHeaders: headers });
  try {
    const response = await context.fetch(concrete(rule.path), { method: rule.method, data: rule.body });
    return { status: response.status(), location: relativeLocation(response) };
  } finally {
    await context.dispose();
  }
}

function relativeLocation(response: APIResponse): string | null {
  const location = response.headers()["location"];
  if (!location) return null;
  const url = new URL(location, baseUrl());
  return url.origin === new URL(baseUrl()).origin ? url.pathname + url.search : url.href;
}

function describeOutcome(outcome: RouteOutcome): string {
  return typeof outcome === "number" ? String(outcome) : `redirect to ${outcome.redirect}`;
}

function expectOutcome(actual: { status: number; location: string | null }, expected: RouteOutcome) {
  if (typeof expected === "number") {
    expect(actual.status).toBe(expected);
  } else {
    expect(actual.status).toBeGreaterThanOrEqual(300);
    expect(actual.status).toBeLessThan(400);
    expect(actual.location).toBe(concrete(expected.redirect));
  }
}

test("the route policy lists every page and route handler under app/, and only those", () => {
  const files = routeFiles();
  expect(files.length).toBeGreaterThan(0);
  expect(files).toEqual(Object.keys(routePolicy).sort());
});

for (const [file, rule] of Object.entries(routePolicy)) {
  test.describe(`${rule.method} ${rule.path} (${file})`, () => {
    for (const actor of actorNames) {
      test(`${actor}: ${describeOutcome(rule.expect[actor])}`, async () => {
        expectOutcome(await send(rule, actor), rule.expect[actor]);
      });
    }
  });
}

test.describe("a forged x-middleware-subrequest header changes nothing", () => {
  const rule = routePolicy["admin/users/page.tsx"];
  for (const actor of ["anonymous", "student"] as const) {
    for (const value of ["middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy"]) {
      test(`${actor} with "${value}": ${describeOutcome(rule.expect[actor])}`, async () => {
        const plain = await send(rule, actor);
        const forged = await send(rule, actor, { "x-middleware-subrequest": value });
        expectOutcome(plain, rule.expect[actor]);
        expect(forged).toEqual(plain);
      });
    }
  }
});
