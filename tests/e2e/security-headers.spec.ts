import { expect, test, type APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sessionCookieIn, signInDirectly, submitSignIn } from "../helpers/browser";
import { testPrisma } from "../helpers/database";
import { createUser, testPassword } from "../helpers/fixtures";

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = testPrisma();
});
test.afterAll(() => prisma.$disconnect());

const pages = ["/", "/sign-in"];

async function staticScriptUrl(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const match = /\/_next\/static\/[^"'\s?]+\.js/.exec(html);
  expect(match, "a /_next/static script in the home page").not.toBeNull();
  return match![0];
}

test("every response carries the security headers, static files included", async ({ request }) => {
  const urls = [...pages, "/api/health", await staticScriptUrl(request)];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["strict-transport-security"], url).toMatch(/^max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});

for (const url of pages) {
  test(`${url} has a nonce-based Content-Security-Policy that every script tag carries`, async ({ request }) => {
    const response = await request.get(url);
    const csp = response.headers()["content-security-policy"];
    expect(csp).toBeDefined();
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    const scriptSrc = directives.get("script-src") ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonces = scriptSrc.filter((v) => v.startsWith("'nonce-")).map((v) => v.slice("'nonce-".length, -1));
    expect(nonces).toHaveLength(1);
    const [nonce] = nonces;
    expect(nonce.length).toBeGreaterThanOrEqual(16);

    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
    expect(scripts.filter((attributes) => !/\bsrc=/.test(attributes)).length, "inline scripts").toBeGreaterThan(0);
    expect(scripts.filter((attributes) => /\bsrc=/.test(attributes)).length, "external scripts").toBeGreaterThan(0);
    for (const attributes of scripts) {
      expect(/\bnonce="([^"]*)"/.exec(attributes)?.[1], `<script${attributes}>`).toBe(nonce);
    }

    const again = (await request.get(url)).headers()["content-security-policy"];
    expect(again).not.toContain(`'nonce-${nonce}'`);
  });
}

test("the session cookie of a form sign-in is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const user = await createUser(prisma, { name: "Cookie Checker" });
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, testPassword);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" })).toBeVisible();
  const cookies = await context.cookies();
  for (const name of ["cited.session", "cited.device"]) {
    expect(cookies.find((c) => c.name === name), name).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  }
});

test("a server action posted with a foreign Origin is refused and signs nobody in", async ({ page, context }) => {
  const user = await createUser(prisma);
  await page.goto("/sign-in");
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const response = await route.fetch({ headers: { ...request.headers(), origin: "https://evil.example" } });
    return route.fulfill({ response });
  });
  const response = await submitSignIn(page, user.email, testPassword);
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("sent from another site");
  expect(await sessionCookieIn(context)).toBeUndefined();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
});

test("no page needs an inline style: the browser reports no style blocked by the policy", async ({ page, context }) => {
  // A student with a submitted attempt, so that the taking page, the review and the progress
  // chart (bars and axis labels) are all drawn.
  const user = await createUser(prisma);
  await signInDirectly(context, prisma, user.email);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to apply/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
  });
  await page.goto("/quizzes/alaska-summit-practice");
  await page.getByRole("button", { name: /^Start practice/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await page.getByRole("group", { name: /^Question 1 of/ }).getByRole("radio").first().check();
  await expect(page.getByRole("group", { name: /^Question 1 of/ }).getByRole("status")).toHaveText(/^Saved/);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/review$/);
  for (const url of ["/", "/quizzes", "/progress", "/sources/ukraine-children-letter", "/sign-in"]) {
    await page.goto(url);
    await expect(page.locator("main")).toBeVisible();
  }
  const html = await (await page.request.get("/progress")).text();
  expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
  expect(blocked).toEqual([]);
});

test("a cross-site form post without JavaScript gets a 403 page, and changes nothing", async ({ request }) => {
  const user = await createUser(prisma);
  const response = await request.post("/sign-in", {
    form: { email: user.email, password: testPassword, $ACTION_ID_0000000000000000000000000000000000000000: "" },
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("text/html");
  expect(await response.text()).toContain("sent from another site");
  expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
});
