// A cluster in a data folder: initialised on first use, started (or found running), and a handle
// to make and drop databases on it.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findFreePort, isPortFree } from "./ports";
import { initCluster, startServer, type Launch, type Server, type ServerExit } from "./postgres-process";
import { advice, canReach, makeReachableDirs, PostgresSetupError } from "./postgres-user";

export type { ServerExit } from "./postgres-process";

export type RunningPostgres = {
  /** Connection URL for a database on this server. */
  url(database: string): string;
  port: number;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /**
   * Resolves once the server this handle started has ended (a stop, or a crash) and its
   * processes are gone; null when it was already running, started by another command.
   */
  exited: Promise<ServerExit> | null;
  /** Starts the cluster again, in the same folder and on the same port: a new handle. */
  startAgain(): Promise<RunningPostgres>;
};

const user = "cited";

/** Starts the cluster in `dataDir` with the programs of `launch.native`; see startEmbeddedPostgres. */
export async function startCluster(dataDir: string, launch: Launch, port?: number): Promise<RunningPostgres> {
  const clusterDir = path.join(dataDir, "cluster");
  const secretFile = path.join(dataDir, "password");
  await makeReachableDirs(dataDir);
  if (launch.runAs && !canReach(dataDir, launch.runAs)) {
    throw new PostgresSetupError(`PostgreSQL will not run as root, and the system user "postgres" it runs as cannot reach ${dataDir}. ${advice}`);
  }
  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = initialised ? (await readFile(secretFile, "utf8")).trim() : randomBytes(18).toString("base64url");

  // Already running for another command on this checkout (say `npm start` and `npm run db:seed`,
  // or two test runs): use that server and leave stopping it to the command that started it.
  const running = initialised ? await runningPort(clusterDir) : null;
  const again = (samePort: number) => () => startCluster(dataDir, launch, samePort);
  if (running !== null) return handle(running, password, null, again(running));

  if (!initialised) await initialise(clusterDir, secretFile, password, launch);
  const chosenPort = port ?? (await findFreePort(54320));
  try {
    return handle(chosenPort, password, await startServer(clusterDir, chosenPort, launch), again(chosenPort));
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start on port ${chosenPort}: ${(error as Error).message}`);
  }
}

async function initialise(clusterDir: string, secretFile: string, password: string, launch: Launch) {
  // A cluster folder without PG_VERSION is what an interrupted initdb left: start again.
  await rm(clusterDir, { recursive: true, force: true });
  await mkdir(clusterDir, { mode: 0o700 });
  await writeFile(secretFile, password + "\n", { mode: 0o600 });
  // initdb reads the password from a file: one only the server's user can read, removed after.
  const passwordFile = path.join(path.dirname(clusterDir), `initdb-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, password + "\n", { mode: 0o600 });
  try {
    if (launch.runAs) {
      await chown(clusterDir, launch.runAs.uid, launch.runAs.gid);
      await chown(passwordFile, launch.runAs.uid, launch.runAs.gid);
    }
    await initCluster(clusterDir, user, passwordFile, launch);
  } catch (error) {
    throw new Error(`Could not create the embedded PostgreSQL in ${clusterDir}: ${(error as Error).message}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** The port of the server running on `clusterDir`, or null (postmaster.pid: pid, dir, time, port). */
export async function runningPort(clusterDir: string): Promise<number | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null; // a stale file left by a crash; PostgreSQL removes it when it starts
  }
  return (await isPortFree(Number(port))) ? null : Number(port);
}

/** `server`: the one this command started (null: found running, and left to its owner). */
function handle(port: number, password: string, server: Server | null, startAgain: () => Promise<RunningPostgres>): RunningPostgres {
  const connect = async () => {
    const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" });
    client.on("error", () => {});
    await client.connect();
    return client;
  };
  const run = async (sql: string, values: unknown[] = []) => {
    const client = await connect();
    try {
      return await client.query(sql, values);
    } finally {
      await client.end();
    }
  };
  return {
    url: (database) => `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    async createDatabase(name) {
      const found = await run("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount === 0) await run(`CREATE DATABASE "${name}"`);
    },
    async dropDatabase(name) {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop: server ? () => server.stop() : async () => {},
    exited: server?.exited ?? null,
    startAgain,
  };
}
