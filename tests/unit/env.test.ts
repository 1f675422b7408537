import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const url = "postgresql://cited:secret@localhost:5432/cited";
const secret = "s".repeat(32);

describe("parseEnv", () => {
  it("applies defaults", () => {
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: secret })).toEqual({
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      DATABASE_POOL_SIZE: 10,
      NODE_ENV: "development",
    });
  });

  it("accepts both postgres URL schemes and coerces the pool size", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://localhost/cited", DATABASE_POOL_SIZE: "25", NODE_ENV: "production", AUTH_SECRET: secret });
    expect(env).toEqual({ DATABASE_URL: "postgres://localhost/cited", DATABASE_POOL_SIZE: 25, NODE_ENV: "production", AUTH_SECRET: secret });
  });

  it("names DATABASE_URL when it is missing", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: undefined, NODE_ENV: "test" })).toThrow(/DATABASE_URL is not set/);
  });

  it.each(["mysql://localhost/cited", "localhost:5432", "", " postgresql://localhost/cited", "https://postgres.example"])(
    "refuses DATABASE_URL %j",
    (value) => {
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL must start with postgresql:\/\/ or postgres:\/\//);
    },
  );

  it.each(["abc", "0", "-3", "2.5", "201"])("refuses DATABASE_POOL_SIZE %j", (value) => {
    expect(() => parseEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it("treats an empty DATABASE_POOL_SIZE as unset", () => {
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: secret, DATABASE_POOL_SIZE: "" }).DATABASE_POOL_SIZE).toBe(10);
  });

  it("requires an AUTH_SECRET of at least 32 characters", () => {
    expect(() => parseEnv({ DATABASE_URL: url })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseEnv({ DATABASE_URL: url, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
  });

  it("reads TRUSTED_IP_HEADER in lower case, and an empty one as unset", () => {
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: secret, TRUSTED_IP_HEADER: "X-Real-IP" }).TRUSTED_IP_HEADER).toBe("x-real-ip");
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: secret, TRUSTED_IP_HEADER: "" }).TRUSTED_IP_HEADER).toBeUndefined();
  });

  it("refuses an unknown NODE_ENV", () => {
    expect(() => parseEnv({ DATABASE_URL: url, NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("throws a plain Error listing every bad variable", () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_POOL_SIZE: "abc" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid environment:/);
    expect((error as Error).message).toMatch(/DATABASE_URL/);
    expect((error as Error).message).toMatch(/DATABASE_POOL_SIZE/);
  });

  it("accepts every whole pool size from 1 to 200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (size) => {
        expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: secret, DATABASE_POOL_SIZE: String(size) }).DATABASE_POOL_SIZE).toBe(size);
      }),
      { numRuns: 200 },
    );
  });
});
