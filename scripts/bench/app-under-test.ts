// The app as the benchmarks measure it: a production build on a fresh, migrated, seeded
// database (the embedded PostgreSQL unless BENCH_DATABASE_URL / TEST_DATABASE_URL is set),
// served like `npm start` serves it: scripts/app-server.mjs with one web worker per core, or
// WEB_CONCURRENCY. How many workers ran is printed as the figure `web_workers`.
import { randomBytes } from "node:crypto";
import { projectRoot } from "../lib/database";
import { openTestDatabases, type TestDatabases } from "../lib/test-database";
import { applyMigrations } from "../lib/schema-engine";
import { findFreePort } from "../lib/ports";
import { needsBuild, runNextBuild } from "../lib/build";
import { startApp, webWorkerPids } from "../lib/app-process";
import { seed } from "../../prisma/seed";

/** `pid` is the app's primary process: its CPU time with its workers' is the app's (process-cpu.ts). */
export type AppUnderTest = { baseUrl: string; databaseUrl: string; authSecret: string; workers: number; pid: number; stop(): Promise<void> };

export async function startAppUnderTest(extraEnv: Record<string, string> = {}): Promise<AppUnderTest> {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const databases: TestDatabases = await openTestDatabases();
  const databaseUrl = await databases.create("bench");
  await applyMigrations(databaseUrl);
  await seed(databaseUrl, { demo: true });
  if (needsBuild(projectRoot)) await runNextBuild(projectRoot);
  const port = await findFreePort(3200);
  const authSecret = randomBytes(32).toString("base64url");
  const app = await startApp({ port, env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, ...extraEnv } });
  const server = app.child;
  const baseUrl = app.baseUrl;
  // Counted, not computed: the processes serving are the figure's proof.
  const workers = webWorkerPids(app).length;
  // Autosaves are answered by the fast lane unless CITED_FAST_LANE=off (docs/decisions/024-autosave-fast-lane.md).
  const fastLane = (extraEnv.CITED_FAST_LANE ?? process.env.CITED_FAST_LANE) !== "off";
  console.log(JSON.stringify({ name: "web_workers", value: workers, unit: "processes", WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? null, fast_lane: fastLane }));
  return {
    baseUrl,
    databaseUrl,
    authSecret,
    workers,
    pid: server.pid!,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await databases.dispose();
    },
  };
}
