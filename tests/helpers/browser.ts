// Helpers for the end-to-end tests: the site header, the sign-in form, and signing a user in
// directly (a real session cookie, without the form).
import { randomBytes } from "node:crypto";
import { expect, type BrowserContext, type Page, type Response } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sessionCookieFor } from "./session";

export const unique = () => randomBytes(4).toString("hex");

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

export function baseUrl(): string {
  const url = process.env.BASE_URL;
  if (!url) throw new Error("BASE_URL is not set: run the end-to-end tests with `npm test -- e2e`.");
  return url;
}

export async function signInDirectly(context: BrowserContext, prisma: PrismaClient, email: string) {
  const cookie = await sessionCookieFor(prisma, email);
  await context.addCookies([{ ...cookie, url: baseUrl(), httpOnly: true, sameSite: "Lax" }]);
}

/** Fills and submits the sign-in form of the current page; resolves with the form's POST response. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<Response> {
  // React resets the form when the previous submission settles: wait for that before typing,
  // or the reset can clear what was typed.
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await expect(page.getByLabel("Password")).toHaveValue(password);
  const response = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return response;
}

export async function sessionCookieIn(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "cited.session");
}

/**
 * Records every response body the page receives whole: documents, RSC payloads of navigations
 * and server actions, JSON (page.on("response") cannot always read streamed bodies). For the
 * tests that scan what reached the browser for a key.
 */
export async function recordResponses(page: Page): Promise<{ url: string; body: string }[]> {
  const bodies: { url: string; body: string }[] = [];
  await page.route("**/*", async (route) => {
    try {
      const response = await route.fetch({ maxRedirects: 0 });
      const type = response.headers()["content-type"] ?? "";
      if (/html|json|text|x-component/.test(type)) bodies.push({ url: route.request().url(), body: await response.text() });
      await route.fulfill({ response });
    } catch {
      // Cut short (the page moved on): never fulfilled, so nothing reached the browser.
    }
  });
  return bodies;
}
