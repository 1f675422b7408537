// How many web workers `npm start` runs, so that their database pools fit in the server's
// max_connections: each worker holds up to DATABASE_POOL_SIZE connections. An explicit
// WEB_CONCURRENCY that does not fit is refused with one sentence; the default (one per core)
// is lowered to what fits. Only this instance is counted: with several instances behind a load
// balancer, their sum must fit too (README, "Running several instances").
import pg from "pg";
import { webWorkerCount } from "./web-concurrency.mjs";

/** Connections left for migrations, `npm run admin`, psql and the like. */
export const connectionHeadroom = 10;

export type WorkerPlanInput = {
  webConcurrency: string | undefined;
  cores: number;
  poolSize: number;
  /** max_connections minus the slots reserved for superusers. */
  availableConnections: number;
};

export function planWebWorkers(input: WorkerPlanInput): number {
  const usable = input.availableConnections - connectionHeadroom;
  const explicit = input.webConcurrency !== undefined && input.webConcurrency.trim() !== "";
  const wanted = webWorkerCount(input.webConcurrency, input.cores);
  const fitting = Math.floor(usable / input.poolSize);
  if (explicit && wanted > fitting) {
    throw new Error(
      `${wanted} web workers × ${input.poolSize} database connections each need ${wanted * input.poolSize}, but the PostgreSQL accepts ${Math.max(usable, 0)} (${connectionHeadroom} kept for other tools): lower WEB_CONCURRENCY or DATABASE_POOL_SIZE, or raise its max_connections.`,
    );
  }
  if (fitting < 1) {
    throw new Error(
      `DATABASE_POOL_SIZE=${input.poolSize} needs more connections than the PostgreSQL accepts (${Math.max(usable, 0)}, ${connectionHeadroom} kept for other tools): lower it, or raise max_connections.`,
    );
  }
  return Math.min(wanted, fitting);
}

/** max_connections minus the superuser (and, from PostgreSQL 16, the reserved) slots. */
export async function availableConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', 'superuser_reserved_connections', 'reserved_connections')",
    );
    const setting = (name: string) => Number(rows.find((row) => row.name === name)?.setting ?? 0);
    return setting("max_connections") - setting("superuser_reserved_connections") - setting("reserved_connections");
  } finally {
    await client.end().catch(() => {});
  }
}
