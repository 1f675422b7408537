// Fresh databases for one test run: on TEST_DATABASE_URL's (or DATABASE_URL's) server when one
// is given, otherwise on an embedded server kept in the system's temporary folder (world-
// traversable, which matters when CI runs as root and PostgreSQL runs as the "postgres" user).
// Each run creates its own databases and drops them at the end, so runs never see each other's data.
import path from "node:path";
import { tmpdir } from "node:os";
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { runningPort, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { assertReachable, projectRoot } from "./database";

export type TestDatabases = {
  create(label: string): Promise<string>;
  /** Drops this run's databases and stops the embedded server (unless told not to). */
  dispose(options?: { stopServer?: boolean }): Promise<void>;
  /** The embedded cluster's folder, or null on a given server (the durability check kills it). */
  embeddedDataDir: string | null;
  /** The embedded server's handle, or null on a given server (the soak test supervises it). */
  embedded: RunningPostgres | null;
};

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function openTestDatabases(): Promise<TestDatabases> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const created: string[] = [];
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let embedded: RunningPostgres | null = null;
  let admin: (sql: string) => Promise<void>;
  let embeddedDataDir: string | null = null;
  let urlFor: (database: string) => string;

  if (given) {
    await assertReachable(given);
    admin = async (sql) => {
      const client = new pg.Client({ connectionString: given });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    urlFor = (database) => withDatabase(given, database);
  } else {
    // A cluster of its own for each run going on at once (kept for the next runs, so initdb
    // happens once per slot): runs never share a server that the other might stop.
    const checkout = createHash("sha256").update(projectRoot).digest("hex").slice(0, 8);
    let dataDir = "";
    for (let slot = 0; slot < 8 && !dataDir; slot++) {
      const candidate = path.join(tmpdir(), `cited-test-postgres-${process.getuid?.() ?? "user"}-${checkout}-${slot}`);
      if ((await runningPort(path.join(candidate, "cluster"))) === null) dataDir = candidate;
    }
    if (!dataDir) throw new Error("Eight test runs are already going on for this checkout.");
    embedded = await startEmbeddedPostgres(dataDir);
    embeddedDataDir = dataDir;
    const server = embedded;
    admin = async (sql) => {
      const name = /"([^"]+)"/.exec(sql)?.[1] ?? "";
      if (sql.startsWith("CREATE")) await server.createDatabase(name);
      else await server.dropDatabase(name);
    };
    urlFor = (database) => server.url(database);
  }

  return {
    embeddedDataDir,
    embedded,
    async create(label) {
      const name = `cited_test_${runId}_${label}`;
      await admin(`CREATE DATABASE "${name}"`);
      created.push(name);
      return urlFor(name);
    },
    async dispose({ stopServer = true } = {}) {
      for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      if (stopServer) await embedded?.stop();
    },
  };
}
