// `npm start` with bad configuration: one clear message and a non-zero exit, no stack trace.
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

function noStackTrace(output: string) {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe("npm start with bad configuration", () => {
  it("names an unreachable DATABASE_URL without its password", () => {
    const { code, output } = start({ DATABASE_URL: "postgresql://someone:hunter2@127.0.0.1:1/cited", PORT: "3999" });
    expect(code).toBe(1);
    expect(output).toContain("Cannot reach the PostgreSQL at postgresql://someone@127.0.0.1:1/cited: nothing is listening there.");
    expect(output).not.toContain("hunter2");
    noStackTrace(output);
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL", () => {
    const { code, output } = start({ DATABASE_URL: "mysql://localhost/cited" });
    expect(code).toBe(1);
    expect(output).toContain("DATABASE_URL must start with postgresql://");
    noStackTrace(output);
  });

  it("refuses a malformed PORT and a malformed pool size", () => {
    const port = start({ PORT: "eighty" });
    expect(port.code).toBe(1);
    expect(port.output).toContain('PORT must be a port number (1-65535), not "eighty".');
    const pool = start({ DATABASE_POOL_SIZE: "lots" });
    expect(pool.code).toBe(1);
    expect(pool.output).toContain("DATABASE_POOL_SIZE");
    noStackTrace(port.output + pool.output);
  });

  it("refuses a WEB_CONCURRENCY that is not a number of workers from 1 to 64, before starting anything", () => {
    for (const value of ["abc", "0", "10000"]) {
      const { code, output } = start({ WEB_CONCURRENCY: value, PORT: "eighty" });
      expect(code).toBe(1);
      expect(output).toContain(`WEB_CONCURRENCY must be a whole number of web workers from 1 to 64, not "${value}".`);
      expect(output).not.toContain("PORT must be"); // checked first: nothing else was looked at
      noStackTrace(output);
    }
  });

  it("refuses more web workers than the database's max_connections can hold", async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "0.0.0.0", resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const { code, output } = start({ DATABASE_URL: process.env.DATABASE_URL!, WEB_CONCURRENCY: "64", DATABASE_POOL_SIZE: "200", PORT: String(port) });
    expect(code).toBe(1);
    expect(output).toMatch(/64 web workers × 200 database connections each need 12800, but the PostgreSQL accepts \d+ \(10 kept for other tools\): lower WEB_CONCURRENCY or DATABASE_POOL_SIZE, or raise its max_connections\./);
    expect(output).not.toContain("Applied migrations"); // refused before touching the schema
    noStackTrace(output);
  });

  it("says when the port is taken", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const { code, output } = start({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use.`);
      noStackTrace(output);
    } finally {
      server.close();
    }
  });
});
