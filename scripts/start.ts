// `npm start`: the whole app from one command. Uses DATABASE_URL, or starts the embedded
// PostgreSQL (data in .data/postgres, kept between runs; CITED_DATA_DIR moves .data); applies
// migrations; seeds an empty database; builds when the sources changed; serves on PORT (3000).
// What it started, it keeps running: the embedded PostgreSQL and the web server are started
// again when they end unexpectedly (scripts/lib/supervisor.ts). The web server runs one worker
// per core (WEB_CONCURRENCY overrides; lowered so that their pools fit in max_connections) and
// replaces a worker that dies itself; when workers keep dying as they start, it gives up and so
// does `npm start`. Ctrl-C stops it all.
//   npm start -- --dev   the same with `next dev` (hot reload) instead of a production build
import type { ChildProcess, StdioOptions } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { assertReachable, openDatabase, projectRoot, type Database } from "./lib/database";
import { applyMigrations } from "./lib/schema-engine";
import { isPortFree } from "./lib/ports";
import { needsBuild, runNextBuild } from "./lib/build";
import { asInstance, restartApp, spawnApp, type AppInstance } from "./lib/app-process";
import { Supervisor } from "./lib/supervisor";
import type { RunningPostgres } from "./lib/embedded-postgres";
import { isEmpty, seed } from "../prisma/seed";
import { demoAccounts } from "../prisma/seed-demo";
import { parseEnv } from "../lib/env";
import { localAuthSecret } from "./lib/auth-secret";
import { webWorkerCount } from "./lib/web-concurrency.mjs";
import { availableConnections, planWebWorkers } from "./lib/web-workers-plan";
import { workersKeepCrashingExitCode } from "./lib/app-cluster.mjs";

const dev = process.argv.includes("--dev");
// .data by default: the session secret and the embedded cluster (postgres/).
const dataRoot = path.resolve(projectRoot, process.env.CITED_DATA_DIR || ".data");
let database: Database | undefined;
let server: ChildProcess | undefined;
type SupervisedPostgres = RunningPostgres & { exited: NonNullable<RunningPostgres["exited"]> };
let databaseSupervisor: Supervisor<SupervisedPostgres> | undefined;
let serverSupervisor: Supervisor<AppInstance> | undefined;
let stopping = false;

/** The app first (no request is left half done by a missing database), then the database. */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (serverSupervisor) await serverSupervisor.stop();
  else if (server) await asInstance({ child: server, baseUrl: "" }).stop();
  if (databaseSupervisor) await databaseSupervisor.stop().catch(() => {});
  else await database?.embedded?.stop().catch(() => {});
  process.exit(code);
}

/** A server found running (another command started it, and stops it) is not supervised. */
function supervisable(postgres: RunningPostgres): SupervisedPostgres {
  return { ...postgres, exited: postgres.exited ?? new Promise(() => {}) };
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
  const authSecret = process.env.AUTH_SECRET ?? (await localAuthSecret(dataRoot));
  // Every other variable is checked now too, not at the first request.
  const settings = parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://embedded", AUTH_SECRET: authSecret });
  webWorkerCount(process.env.WEB_CONCURRENCY, availableParallelism()); // a bad value stops us before anything starts
  const port = z.coerce.number().int().min(1).max(65535).safeParse(process.env.PORT ?? "3000");
  if (!port.success) throw new Error(`PORT must be a port number (1-65535), not "${process.env.PORT}".`);
  if (!(await isPortFree(port.data, "0.0.0.0"))) {
    throw new Error(`Port ${port.data} is already in use. Stop what is using it, or choose another: PORT=3001 npm start`);
  }

  const embedded = !process.env.DATABASE_URL;
  const dataDir = path.join(dataRoot, "postgres");
  const shown = dataDir.startsWith(projectRoot + path.sep) ? path.relative(projectRoot, dataDir) : dataDir;
  console.log(embedded ? `Starting the embedded PostgreSQL (${shown})…` : "Using the PostgreSQL in DATABASE_URL…");
  database = await openDatabase({ dataDir, database: "cited" });
  if (database.embedded?.exited) {
    databaseSupervisor = new Supervisor(supervisable(database.embedded), {
      name: "database",
      start: async (previous) => supervisable(await previous.startAgain()),
    });
  }

  // DATABASE_URL may name a pooler (PgBouncer in transaction mode); migrations hold a session
  // advisory lock and need the server itself: DIRECT_DATABASE_URL (README, "Running several
  // instances"). The pooler, not max_connections, then bounds the app's pools.
  const directUrl = process.env.DIRECT_DATABASE_URL || database.url;
  if (process.env.DIRECT_DATABASE_URL) await assertReachable(directUrl);
  const workers =
    dev || process.env.DIRECT_DATABASE_URL
      ? webWorkerCount(dev ? "1" : process.env.WEB_CONCURRENCY, availableParallelism())
      : planWebWorkers({
          webConcurrency: process.env.WEB_CONCURRENCY,
          cores: availableParallelism(),
          poolSize: settings.DATABASE_POOL_SIZE,
          availableConnections: await availableConnections(database.url),
        });

  const applied = await applyMigrations(directUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const demo = embedded || process.env.CITED_DEMO === "1";
  if (await isEmpty(directUrl)) {
    console.log("Seeding the article's content" + (demo ? " and the demo accounts…" : "…"));
    await seed(directUrl, { demo });
  }

  if (!dev && needsBuild(projectRoot)) {
    console.log("Building the app (first start, or the sources changed)…");
    await runNextBuild(projectRoot);
  }

  const url = `http://localhost:${port.data}`;
  const appEnv = { DATABASE_URL: database.url, AUTH_SECRET: authSecret, WEB_CONCURRENCY: String(workers) };
  const appOptions = { port: port.data, dev, stdio: ["ignore", "ignore", "inherit"] satisfies StdioOptions, env: appEnv };
  const app = spawnApp(appOptions);
  server = app.child;
  // Until it has served once, a web server that ends is a failure to start (a broken build, say).
  server.on("exit", (code) => {
    if (!stopping && !serverSupervisor) {
      console.error(`The web server stopped (exit ${code}).`);
      void stop(code ?? 1);
    }
  });
  await waitForHealth(url, dev ? 120_000 : 60_000);
  const givesUp = (exit: { code: number | null }) => exit.code === workersKeepCrashingExitCode;
  serverSupervisor = new Supervisor(asInstance(app), {
    name: "web server",
    start: () =>
      restartApp({ ...appOptions, timeoutMs: dev ? 120_000 : 60_000 }).catch((error: Error & { exit?: { code: number | null } }) => {
        if (error.exit && givesUp(error.exit)) void stop(1);
        throw error;
      }),
    // Its workers kept dying as they started: starting it again would only do the same.
    giveUpOn: givesUp,
    onGiveUp: () => {
      console.error("The web server gave up (see above), so npm start stops.");
      void stop(1);
    },
  });

  console.log(`\nCited is running at ${url}${dev ? "" : ` with ${workers} web worker${workers === 1 ? "" : "s"}`}`);
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
