// `npm start`: the whole app from one command. Uses DATABASE_URL, or starts the embedded
// PostgreSQL (data in .data/postgres, kept between runs); applies migrations; seeds an empty
// database; builds when the sources changed; serves on PORT (3000). Ctrl-C stops it all.
//   npm start -- --dev   the same with `next dev` (hot reload) instead of a production build
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { openDatabase, projectRoot, type Database } from "./lib/database";
import { applyMigrations } from "./lib/schema-engine";
import { isPortFree } from "./lib/ports";
import { needsBuild, runNextBuild } from "./lib/build";
import { spawnApp } from "./lib/app-process";
import { isEmpty, seed } from "../prisma/seed";
import { demoAccounts } from "../prisma/seed-demo";
import { parseEnv } from "../lib/env";
import { localAuthSecret } from "./lib/auth-secret";

const dev = process.argv.includes("--dev");
let database: Database | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await database?.embedded?.stop().catch(() => {});
  process.exit(code);
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error("The web server exited while starting (see above).");
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web server did not answer ${url}/api/health within ${timeoutMs / 1000} s.`);
}

async function main() {
  const authSecret = process.env.AUTH_SECRET ?? (await localAuthSecret(path.join(projectRoot, ".data")));
  // Every other variable is checked now too, not at the first request.
  parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://embedded", AUTH_SECRET: authSecret });
  const port = z.coerce.number().int().min(1).max(65535).safeParse(process.env.PORT ?? "3000");
  if (!port.success) throw new Error(`PORT must be a port number (1-65535), not "${process.env.PORT}".`);
  if (!(await isPortFree(port.data, "0.0.0.0"))) {
    throw new Error(`Port ${port.data} is already in use. Stop what is using it, or choose another: PORT=3001 npm start`);
  }

  const embedded = !process.env.DATABASE_URL;
  console.log(embedded ? "Starting the embedded PostgreSQL (.data/postgres)…" : "Using the PostgreSQL in DATABASE_URL…");
  database = await openDatabase({ dataDir: path.join(projectRoot, ".data/postgres"), database: "cited" });

  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const demo = embedded || process.env.CITED_DEMO === "1";
  if (await isEmpty(database.url)) {
    console.log("Seeding the article's content" + (demo ? " and the demo accounts…" : "…"));
    await seed(database.url, { demo });
  }

  if (!dev && needsBuild(projectRoot)) {
    console.log("Building the app (first start, or the sources changed)…");
    await runNextBuild(projectRoot);
  }

  const url = `http://localhost:${port.data}`;
  server = spawnApp({ port: port.data, dev, stdio: ["ignore", "ignore", "inherit"], env: { DATABASE_URL: database.url, AUTH_SECRET: authSecret } }).child;
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`The web server stopped (exit ${code}).`);
      void stop(code ?? 1);
    }
  });
  await waitForHealth(url, dev ? 120_000 : 60_000);

  console.log(`\nCited is running at ${url}`);
  if (demo) {
    console.log("\nDemo accounts (development only):");
    for (const account of demoAccounts) {
      console.log(`  ${account.roles.join("+").toLowerCase().padEnd(8)} ${account.email.padEnd(22)} ${account.password}`);
    }
  }
  console.log(database.started ? "\nPress Ctrl-C to stop the server and the database." : "\nPress Ctrl-C to stop the server.");
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

main().catch(async (error: Error) => {
  console.error(`\n${error.message}`);
  await stop(1);
});
