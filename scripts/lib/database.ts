// Which PostgreSQL a command uses: DATABASE_URL when it is set, otherwise the embedded server
// with its data in .data/ (kept between runs). Either way, one clear message when it cannot
// be reached.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

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

export type Database = { url: string; embedded: RunningPostgres | null };

/** DATABASE_URL if set (checked), else the embedded server's `database`, created if missing. */
export async function openDatabase(options: { dataDir: string; database: string; log?: (line: string) => void }): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await assertReachable(given);
    return { url: given, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(options.dataDir, { log: options.log });
  await embedded.createDatabase(options.database);
  return { url: embedded.url(options.database), embedded };
}
