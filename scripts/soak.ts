// `npm run soak -- --cycles 10 --students 20 --seconds 300`: students autosave without pause
// while the app, the database, or both are killed with SIGKILL at random moments and started
// again as `npm start` would (scripts/lib/supervisor.ts; the soak owns the processes). At the end
// the database must hold, for every student, exactly the last answer confirmed with a 200.
//
// Each student sends one PUT at a time and keeps a ledger of every save confirmed with 200
// (attempt, position, answer, returned sequence). A save whose reply was lost (connection
// refused or cut, a 5xx) is sent again as it was (same answer, sequence and saveId): a replay
// of a save that landed answers 200 again; otherwise a 409 "stale" carries the current
// sequence, which the student takes and goes on. A kill window runs from a kill until the first
// /api/health 200 after everything killed has started again: failures in a window are expected
// (and a 409 stale right after a failure in one); anything but 200 outside one is an error.
//
// Prints JSON lines (like `npm run bench`): "soak" (confirmed saves, lost, errors outside kill
// windows, ...) and "soak_time_to_serve_ms" for each kind of kill (median and max). Exits 1 when
// a confirmed save was lost, sequences went backwards, a student has other than one open
// attempt, or an error happened outside a kill window. Its own embedded PostgreSQL (as the
// durability check: DATABASE_URL and TEST_DATABASE_URL are ignored) and app on 127.0.0.1.
// --seconds bounds the run after the build: no kill starts in its last 30 s.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { projectRoot } from "./lib/database";
import { openTestDatabases } from "./lib/test-database";
import { applyMigrations } from "./lib/schema-engine";
import { findFreePort } from "./lib/ports";
import { needsBuild, runNextBuild } from "./lib/build";
import { asInstance, restartApp, startApp, type AppInstance } from "./lib/app-process";
import { Supervisor } from "./lib/supervisor";
import type { RunningPostgres } from "./lib/embedded-postgres";
import { prepareSavers, type Saver } from "./bench/autosave";
import { seed } from "../prisma/seed";

type Kind = "app" | "database" | "both";
type Window = { kind: Kind; killedAt: number; end: number | null };
type Confirmed = { text: string; sequence: number };
type Failure = { student: number; status: number; at: number; detail: string };

function options() {
  const { values } = parseArgs({
    options: { cycles: { type: "string", default: "10" }, students: { type: "string", default: "20" }, seconds: { type: "string", default: "300" } },
    strict: true,
  });
  const positive = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${values[name]}".`);
    return value;
  };
  return { cycles: positive("cycles"), students: positive("students"), seconds: positive("seconds") };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const authSecret = randomBytes(32).toString("base64url");

/** The last lines the app wrote on stderr, shown when something went wrong. */
const appLog: string[] = [];
function collectLog(app: AppInstance) {
  app.child.stderr?.on("data", (chunk: Buffer) => {
    appLog.push(...chunk.toString().split("\n").filter(Boolean));
    appLog.splice(0, Math.max(0, appLog.length - 40));
  });
}

function saveContinuously(baseUrl: string, savers: Saver[], windows: Window[]) {
  let stopped = false;
  const ledgers: Confirmed[][] = savers.map(() => []);
  const failures: Failure[] = []; // outside kill windows
  const counts = { inWindows: 0, staleAfterKill: 0 };
  // The request overlapped a kill window: the kill may explain its failure.
  const overlapsWindow = (sentAt: number, doneAt: number) => windows.some((w) => doneAt >= w.killedAt && sentAt <= (w.end ?? Infinity));

  const loops = savers.map(async (saver, student) => {
    let n = 0;
    type Save = { text: string; sequence: number; saveId: string };
    let unknown: Save | null = null; // sent, reply lost
    let lostInWindow = false; // the outcome of a save was lost to a kill: one 409 stale is expected
    // After the stop, a save whose outcome is unknown is still settled, so that the slot ends on
    // a confirmed answer (a few tries at most: the app is up by then).
    let triesAfterStop = 0;
    while (!stopped || (unknown && triesAfterStop++ < 100)) {
      const save: Save = unknown ?? { text: `soak ${student} ${++n}`, sequence: saver.sequence, saveId: randomBytes(12).toString("base64url") };
      const sentAt = Date.now();
      let status = 0;
      let body: { sequence?: number; reason?: string } = {};
      let detail = "";
      try {
        const response = await fetch(`${baseUrl}/api/attempts/${saver.attemptId}/responses/${saver.position}`, {
          method: "PUT",
          headers: { "content-type": "application/json", origin: baseUrl, cookie: saver.cookie },
          body: JSON.stringify({ answer: { text: save.text }, sequence: save.sequence, saveId: save.saveId }),
          signal: AbortSignal.timeout(20_000),
        });
        status = response.status;
        const text = await response.text();
        detail = text.slice(0, 200);
        body = JSON.parse(text) as typeof body;
      } catch (error) {
        detail ||= (error as Error).cause ? String(((error as Error).cause as Error).message) : (error as Error).message;
      }
      const excused = overlapsWindow(sentAt, Date.now());
      if (status === 200 && typeof body.sequence === "number") {
        ledgers[student].push({ text: save.text, sequence: body.sequence });
        saver.sequence = body.sequence;
        unknown = null;
        lostInWindow = false;
      } else if (status === 409 && body.reason === "stale" && typeof body.sequence === "number") {
        // The save in doubt landed and this retry was not taken as its replay: resync, go on.
        if (lostInWindow || excused) counts.staleAfterKill++;
        else failures.push({ student, status, at: Date.now(), detail });
        saver.sequence = body.sequence;
        unknown = null;
        lostInWindow = false;
      } else {
        if (excused) counts.inWindows++;
        else failures.push({ student, status, at: Date.now(), detail });
        if (status >= 400 && status < 500) {
          unknown = null; // refused, not lost: nothing was written
        } else {
          unknown = save; // sent again as it was
          lostInWindow ||= excused;
        }
        await sleep(100);
      }
    }
  });
  return {
    ledgers,
    failures,
    counts,
    confirmed: () => ledgers.reduce((sum, ledger) => sum + ledger.length, 0),
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** What the database holds against the ledgers. */
async function check(databaseUrl: string, savers: Saver[], ledgers: Confirmed[][]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let lost = 0;
    let regressions = 0;
    const examples: string[] = [];
    for (const [student, saver] of savers.entries()) {
      const ledger = ledgers[student];
      for (let i = 1; i < ledger.length; i++) if (ledger[i].sequence <= ledger[i - 1].sequence) regressions++;
      const { rows } = await client.query(`SELECT answer FROM "Response" WHERE "attemptId" = $1 AND position = $2`, [saver.attemptId, saver.position]);
      const stored = (rows[0]?.answer as { text?: string } | null)?.text ?? null;
      const expected = ledger.at(-1)?.text ?? null;
      if (stored !== expected) {
        lost++;
        if (examples.length < 5) examples.push(`student ${student}: last confirmed ${JSON.stringify(expected)}, stored ${JSON.stringify(stored)}`);
      }
    }
    const { rows } = await client.query(
      `SELECT u."userId", count(a.id) FILTER (WHERE a.status = 'IN_PROGRESS')::int AS open
       FROM (SELECT DISTINCT "userId" FROM "Attempt" WHERE id = ANY($1)) u JOIN "Attempt" a ON a."userId" = u."userId"
       GROUP BY u."userId"`,
      [savers.map((s) => s.attemptId)],
    );
    const notOneOpen = savers.length - rows.filter((row: { open: number }) => row.open === 1).length;
    return { lost, regressions, notOneOpen, examples };
  } finally {
    await client.end();
  }
}

async function main() {
  const { cycles, students, seconds } = options();
  delete process.env.DATABASE_URL; // its own embedded server, which it kills
  delete process.env.TEST_DATABASE_URL;
  if (needsBuild(projectRoot)) {
    console.error("soak: building the app first…");
    await runNextBuild(projectRoot);
  }
  const startedAt = Date.now();
  const deadline = startedAt + seconds * 1000;
  let appSupervisor: Supervisor<AppInstance> | undefined;
  // However it goes, it ends: this long after the deadline the app is killed and the database
  // stopped (postgres-process.ts stops its servers when this process exits).
  const watchdog = setTimeout(() => {
    console.error("soak: out of time (recovery or the final check hung); stopping.");
    appSupervisor?.current.child.kill("SIGKILL");
    process.exit(1);
  }, seconds * 1000 + 120_000);
  watchdog.unref();

  const databases = await openTestDatabases();
  const server = databases.embedded!;
  const pidFile = path.join(databases.embeddedDataDir!, "cluster", "postmaster.pid");
  let databaseSupervisor: Supervisor<RunningPostgres & { exited: NonNullable<RunningPostgres["exited"]> }> | undefined;
  let failed = false;
  try {
    const databaseUrl = await databases.create("soak");
    await applyMigrations(databaseUrl);
    await seed(databaseUrl, { demo: false });
    const savers = await prepareSavers({ databaseUrl, authSecret }, students, "soak");
    const port = await findFreePort(3650);
    const appOptions = { port, env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret }, stdio: ["ignore", "ignore", "pipe"] as ("ignore" | "pipe")[] };
    const first = asInstance(await startApp(appOptions));
    collectLog(first);
    const baseUrl = first.baseUrl;

    // Restarted as `npm start` restarts them, except that each kill starts the backoff from
    // its first step (0.2 s): the kills are deliberate, and the times measure recovery.
    const restartedAt = { app: 0, database: 0 };
    const log = (line: string) => console.error(`soak: ${line}`);
    appSupervisor = new Supervisor(first, {
      name: "web server",
      start: async () => {
        const app = await restartApp({ ...appOptions, timeoutMs: 60_000 });
        collectLog(app);
        return app;
      },
      stableMs: 0,
      log,
      onRestart: () => (restartedAt.app = Date.now()),
    });
    const supervisable = (postgres: RunningPostgres) => ({ ...postgres, exited: postgres.exited ?? new Promise<never>(() => {}) });
    databaseSupervisor = new Supervisor(supervisable(server), {
      name: "database",
      start: async (previous) => supervisable(await previous.startAgain()),
      stableMs: 0,
      log,
      onRestart: () => (restartedAt.database = Date.now()),
    });

    const windows: Window[] = [];
    const saving = saveContinuously(baseUrl, savers, windows);
    const kinds: Kind[] = [];
    for (let round = 0; kinds.length < cycles; round++) {
      kinds.push(...(["app", "database", "both"] as Kind[]).sort(() => Math.random() - 0.5));
    }
    kinds.length = cycles;

    for (const kind of kinds) {
      // Saves flowing (some confirmed since the last window), then a random moment.
      const before = saving.confirmed();
      const flowing = Date.now() + 60_000;
      while (saving.confirmed() < before + students && Date.now() < flowing) await sleep(20);
      await sleep(1500 + Math.random() * 2500);
      if (Date.now() > deadline - 30_000) break;

      const window: Window = { kind, killedAt: Date.now(), end: null };
      windows.push(window);
      if (kind !== "database") process.kill(appSupervisor.current.child.pid!, "SIGKILL");
      if (kind !== "app") process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGKILL");
      // Serving again: everything killed has started again, and health answers 200.
      const recovered = () =>
        (kind === "database" || restartedAt.app > window.killedAt) && (kind === "app" || restartedAt.database > window.killedAt);
      const giveUp = Math.max(deadline, Date.now() + 60_000);
      for (;;) {
        if (recovered()) {
          const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
          if (ok) break;
        }
        if (Date.now() > giveUp) throw new Error(`soak: not serving again ${((Date.now() - window.killedAt) / 1000).toFixed(0)} s after killing the ${kind}.`);
        await sleep(25);
      }
      window.end = Date.now();
    }

    // A little saving after the last recovery, then stop and check.
    const before = saving.confirmed();
    while (saving.confirmed() < before + students && Date.now() < deadline) await sleep(20);
    await saving.stop();
    const result = await check(databaseUrl, savers, saving.ledgers);

    const done = windows.filter((w) => w.end !== null);
    const report = {
      name: "soak",
      cycles: done.length,
      cycles_asked: cycles,
      students,
      seconds: Math.round((Date.now() - startedAt) / 1000),
      confirmed_saves: saving.confirmed(),
      lost: result.lost,
      sequence_regressions: result.regressions,
      students_without_one_open_attempt: result.notOneOpen,
      errors_outside_kill_windows: saving.failures.length,
      failures_in_kill_windows: saving.counts.inWindows,
      stale_after_kill: saving.counts.staleAfterKill,
      restarts: { app: appSupervisor.restarts, database: databaseSupervisor.restarts },
    };
    console.log(JSON.stringify(report));
    for (const kind of ["app", "database", "both"] as Kind[]) {
      const times = done.filter((w) => w.kind === kind).map((w) => w.end! - w.killedAt);
      if (times.length) {
        console.log(JSON.stringify({ name: "soak_time_to_serve_ms", kind, value: median(times), unit: "ms", median: median(times), max: Math.max(...times), kills: times.length }));
      }
    }
    if (done.length < cycles) console.error(`soak: only ${done.length} of ${cycles} cycles fitted in ${seconds} s.`);
    for (const example of result.examples) console.error(`soak: lost: ${example}`);
    for (const failure of saving.failures.slice(0, 10)) {
      const last = windows.filter((w) => w.end !== null && w.end <= failure.at).at(-1);
      const since = last ? `${failure.at - last.end!} ms after the ${last.kind} kill window` : "before any kill";
      console.error(`soak: error outside kill windows: student ${failure.student}, status ${failure.status || "no answer"}, ${since}: ${failure.detail}`);
    }
    failed = result.lost > 0 || result.regressions > 0 || result.notOneOpen > 0 || saving.failures.length > 0;
    if (failed && appLog.length) console.error(`soak: the app's last lines:\n${appLog.join("\n")}`);
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
    if (appLog.length) console.error(`soak: the app's last lines:\n${appLog.join("\n")}`);
  } finally {
    await appSupervisor?.stop().catch(() => {});
    await databases.dispose({ stopServer: !databaseSupervisor }).catch(() => {});
    await databaseSupervisor?.stop().catch(() => {});
    clearTimeout(watchdog);
  }
  console.error(failed ? "soak: FAILED" : "soak: passed");
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
