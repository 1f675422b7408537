import { describe, expect, it } from "vitest";
import { secureCookiesFor } from "@/lib/identity/cookie-security";
import { parseEnv } from "@/lib/env";

describe("secureCookiesFor", () => {
  it("follows the configured address, never a request's host", () => {
    expect(secureCookiesFor("https://quiz.example.org")).toBe(true);
    expect(secureCookiesFor("HTTPS://quiz.example.org")).toBe(true);
    expect(secureCookiesFor("http://localhost:3000")).toBe(false);
    expect(secureCookiesFor(undefined)).toBe(false);
  });

  it("APP_URL must be an http(s) address", () => {
    const base = { DATABASE_URL: "postgresql://u@h/d", AUTH_SECRET: "x".repeat(32) };
    expect(parseEnv({ ...base, APP_URL: "https://quiz.example.org" }).APP_URL).toBe("https://quiz.example.org");
    expect(parseEnv({ ...base, APP_URL: "" }).APP_URL).toBeUndefined();
    expect(() => parseEnv({ ...base, APP_URL: "javascript:alert(1)" })).toThrow("APP_URL must be an http:// or https:// address");
  });
});
