import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";

const withCause = (message: string, cause: unknown) => Object.assign(new Error(message), { cause });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54320"), { code: "ECONNREFUSED" })],
    ["a server shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["pg's terminated connection", new Error("Connection terminated unexpectedly")],
    ["Prisma's unreachable server (P1001)", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["a raw query failure whose meta names 08006", Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { code: "08006" } })],
    ["a driver adapter error two causes deep", withCause("query failed", withCause("adapter", { kind: "DatabaseNotReachable" }))],
    ["a server starting up", new Error("the database system is starting up")],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a range error (22003)", Object.assign(new Error("integer out of range"), { code: "22003" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("does not take %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops at a cycle of causes", () => {
    const a: { message: string; cause?: unknown } = { message: "a" };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
