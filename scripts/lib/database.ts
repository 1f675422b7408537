// Which PostgreSQL a command uses: DATABASE_URL when it is set, otherwise the embedded server
// with its data in .data/ (kept between runs; in /var/lib/cited when, as root, the "postgres"
// user cannot reach the checkout). Either way, one clear message when it cannot be reached.
import { createHash } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { runningPort, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { sharedRoot } from "./postgres-binaries";
import { canReach, makeReachableDirs, postgresUser } from "./postgres-user";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? parsed.username + "@" : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "(a DATABASE_URL that is not a valid URL)";
  }
}

export class DatabaseUnavailable extends Error {}

const reasons: Record<string, string> = {
  ECONNREFUSED: "nothing is listening there",
  ENOTFOUND: "the host name does not resolve",
  ETIMEDOUT: "the connection timed out",
  "28P01": "the password was refused",
  "28000": "the user is not allowed to connect",
  "3D000": "the database does not exist",
};

export async function assertReachable(url: string): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new DatabaseUnavailable("DATABASE_URL must start with postgresql:// (for example postgresql://user:password@localhost:5432/cited).");
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const reason = reasons[code] ?? (error as Error).message;
    throw new DatabaseUnavailable(`Cannot reach the PostgreSQL at ${describeUrl(url)}: ${reason}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * `preferred` when the server's user can reach it; else a folder of this checkout's own in
 * `shared` (as root, in a checkout that the "postgres" user cannot enter).
 */
export function chooseDataDir(preferred: string, reachable: (dir: string) => boolean, root = projectRoot, shared = sharedRoot): string {
  if (reachable(preferred)) return preferred;
  const checkout = createHash("sha256").update(root).digest("hex").slice(0, 12);
  return path.join(shared, checkout, path.basename(preferred));
}

/** `embedded`: null with DATABASE_URL; `started`: this command started the server (and stops it). */
export type Database = { url: string; embedded: RunningPostgres | null; started: boolean };

/** DATABASE_URL if set (checked), else the embedded server's `database`, created if missing. */
export async function openDatabase(options: { dataDir: string; database: string; log?: (line: string) => void }): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await assertReachable(given);
    return { url: given, embedded: null, started: false };
  }
  const runAs = postgresUser();
  await makeReachableDirs(options.dataDir);
  const dataDir = chooseDataDir(options.dataDir, (dir) => !runAs || canReach(dir, runAs));
  if (dataDir !== options.dataDir) {
    console.log(`The system user "postgres" cannot reach ${path.relative(projectRoot, options.dataDir)}, so the database lives in ${dataDir}.`);
  }
  const started = (await runningPort(path.join(dataDir, "cluster"))) === null;
  const embedded = await startEmbeddedPostgres(dataDir, { log: options.log });
  await embedded.createDatabase(options.database);
  return { url: embedded.url(options.database), embedded, started };
}
