import "server-only";
// Closes attempts whose time ran out while nobody was looking (the page and autosave also
// close them on their next access). One web worker per machine sweeps (the app server gives
// worker 1 CITED_WEB_WORKER=1; a lone `next start` has none and sweeps too). Several machines
// sweep at once, which is harmless: each attempt is claimed with SKIP LOCKED and closed once
// (sweepExpiredAttempts, tested in tests/integration/sweeper.test.ts).
import { sweepExpiredAttempts } from "@/lib/data/attempt-scoring";

const everyMs = 60_000;

/** Whether this process is the one of its machine that sweeps. */
export function sweepsHere(webWorker: string | undefined): boolean {
  return webWorker === undefined || webWorker === "" || webWorker === "1";
}

export function startSweeper() {
  if (!sweepsHere(process.env.CITED_WEB_WORKER)) return;
  const timer = setInterval(() => {
    sweepExpiredAttempts().catch((error: unknown) => console.error("attempt sweep failed", error));
  }, everyMs);
  timer.unref();
}
