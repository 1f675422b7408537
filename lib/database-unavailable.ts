// Telling "the database cannot be reached right now" from every other failure, so that callers
// get 503 with Retry-After (try again; a load balancer takes the instance out) instead of a
// 500 (a bug). The errors come from pg, from Prisma's driver adapter, or from Prisma itself, and
// the useful part may sit a few `cause`s deep.

// Node's socket errors; PostgreSQL's connection classes (08), shutdown and start-up (57P0x) and
// too many connections (53300); Prisma's "cannot reach", "timed out" and "closed" codes.
const codes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const messages =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|Can't reach database|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery|not yet accepting)|timeout exceeded when trying to connect|Server has closed the connection|DatabaseNotReachable|ConnectionClosed/i;

export const databaseRetryAfterSeconds = 2;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth++) {
    if (typeof current !== "object") return typeof current === "string" && messages.test(current);
    const { code, message, kind, cause, meta } = current as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; meta?: { code?: unknown } };
    if ((typeof code === "string" && codes.has(code)) || (typeof meta?.code === "string" && codes.has(meta.code))) return true;
    if (typeof kind === "string" && messages.test(kind)) return true;
    if (typeof message === "string" && messages.test(message)) return true;
    current = cause;
  }
  return false;
}
