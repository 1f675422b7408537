// `npm test -- durability` (and part of `npm test`): nothing confirmed to a student is lost when
// the app, or the database, is killed with SIGKILL in the middle of a stream of autosaves.
// Students save continuously; every 200 answer is remembered; after each crash and restart the
// database must hold, for every student, at least the last confirmed answer.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./lib/database";
import { openTestDatabases } from "./lib/test-database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/schema-engine";
import { findFreePort } from "./lib/ports";
import { needsBuild, runNextBuild } from "./lib/build";
import { startApp } from "./lib/app-process";
import { prepareSavers, type Saver } from "./bench/autosave";
import { seed } from "../prisma/seed";

const authSecret = randomBytes(32).toString("base64url");

async function startServing(databaseUrl: string, port: number): Promise<ChildProcess> {
  return (await startApp({ port, env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret }, stdio: ["ignore", "ignore", "ignore"] })).child;
}

/** Replies that were neither a save nor a refusal a client can act on: 500s (bugs). */
const serverErrors: string[] = [];

/** Each student saves "n" (n = 1, 2, …) one request at a time; returns the last n answered 200. */
function saveContinuously(port: number, savers: Saver[], confirmed: Map<string, number>) {
  let stopped = false;
  const loops = savers.map(async (saver) => {
    let n = confirmed.get(saver.attemptId) ?? 0;
    while (!stopped) {
      n++;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/attempts/${saver.attemptId}/responses/${saver.position}`, {
          method: "PUT",
          headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}`, cookie: saver.cookie },
          body: JSON.stringify({ answer: { text: `answer ${n}` }, sequence: saver.sequence }),
        });
        // While the database is down the app must say 503 (try again), never 500.
        const text = await response.text();
        if (response.status === 500) serverErrors.push(text);
        const body = (() => {
          try {
            return JSON.parse(text) as { sequence?: number };
          } catch {
            return {};
          }
        })();
        if (typeof body.sequence === "number") saver.sequence = body.sequence;
        if (response.ok) confirmed.set(saver.attemptId, n);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50)); // the server is down: keep trying
      }
    }
  });
  return async () => {
    stopped = true;
    await Promise.all(loops);
  };
}

async function lostAnswers(databaseUrl: string, confirmed: Map<string, number>, savers: Saver[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let lost = 0;
    for (const saver of savers) {
      const { rows } = await client.query(`SELECT answer FROM "Response" WHERE "attemptId" = $1 AND position = $2`, [saver.attemptId, saver.position]);
      const stored = Number(/answer (\d+)/.exec((rows[0]?.answer as { text?: string } | null)?.text ?? "")?.[1] ?? 0);
      if (stored < (confirmed.get(saver.attemptId) ?? 0)) lost++;
    }
    return lost;
  } finally {
    await client.end();
  }
}

/**
 * Waits for a condition (polling), never for a fixed time: on a busy machine the same events
 * take longer, and a fixed pause would turn slowness into a false failure.
 */
async function waitFor(what: string, condition: () => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`durability: timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function processGone(pid: number) {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

async function main() {
  const databases = await openTestDatabases();
  let app: ChildProcess | undefined;
  // After the crash, the server is the one started again here (the first one's handle is dead).
  let restarted: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let failed = false;
  try {
    const databaseUrl = await databases.create("durability");
    await applyMigrations(databaseUrl);
    await seed(databaseUrl, { demo: false });
    if (needsBuild(projectRoot)) await runNextBuild(projectRoot);
    const port = await findFreePort(3300);
    const savers = await prepareSavers({ databaseUrl, authSecret }, 10, "durability");
    const confirmed = new Map<string, number>();
    const total = () => [...confirmed.values()].reduce((a, b) => a + b, 0);

    // 1. kill -9 the app while saves are in flight, then restart it.
    app = await startServing(databaseUrl, port);
    let stop = saveContinuously(port, savers, confirmed);
    // Kill while saves are flowing: after some have been confirmed, with more in flight.
    await waitFor("200 saves were confirmed", () => total() >= 200);
    app.kill("SIGKILL");
    await stop();
    const lostAfterAppKill = await lostAnswers(databaseUrl, confirmed, savers);
    console.log(JSON.stringify({ name: "durability_app_kill", confirmed_saves: total(), students: savers.length, lost: lostAfterAppKill }));
    failed ||= lostAfterAppKill > 0;

    // 2. kill -9 the database while saves are in flight, restart it, and save again.
    if (databases.embeddedDataDir) {
      app = await startServing(databaseUrl, port);
      stop = saveContinuously(port, savers, confirmed);
      const beforeKill = total();
      await waitFor("200 more saves were confirmed", () => total() >= beforeKill + 200);
      const clusterDir = path.join(databases.embeddedDataDir, "cluster");
      const [pid, , , dbPort] = readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
      process.kill(Number(pid), "SIGKILL");
      await waitFor("the postmaster is gone", () => processGone(Number(pid)));
      const before = total();
      restarted = await startEmbeddedPostgres(databases.embeddedDataDir, { port: Number(dbPort) });
      // The app reconnects by itself and saving goes on: wait for saves confirmed after the
      // restart (a timeout here is the failure this step looks for).
      await waitFor("saves resumed after the database restart", () => total() >= before + 50).catch((error: Error) => console.error(error.message));
      await stop();
      const lostAfterDbKill = await lostAnswers(databaseUrl, confirmed, savers);
      const resumed = total() > before;
      console.log(JSON.stringify({ name: "durability_db_kill", confirmed_saves: total(), lost: lostAfterDbKill, saves_resumed_after_restart: resumed }));
      failed ||= lostAfterDbKill > 0 || !resumed;
      console.log(JSON.stringify({ name: "durability_server_errors", count: serverErrors.length, first: serverErrors[0]?.slice(0, 200) }));
      failed ||= serverErrors.length > 0;
    }
  } finally {
    app?.kill("SIGKILL");
    await databases.dispose({ stopServer: !restarted }).catch(() => {});
    await restarted?.stop();
  }
  console.log(failed ? "durability: 0 passed, 1 failed" : "durability: 1 passed, 0 failed");
  // The PostgreSQL killed above cannot stop cleanly; nothing else is pending.
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
