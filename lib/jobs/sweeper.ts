import "server-only";
// Closes attempts whose time ran out while nobody was looking (the page and autosave also
// close them on their next access). Every instance sweeps; closing is idempotent and locks
// the attempt row, so instances never score one twice.
import { sweepExpiredAttempts } from "@/lib/data/attempt-scoring";

const everyMs = 60_000;

export function startSweeper() {
  const timer = setInterval(() => {
    sweepExpiredAttempts().catch((error: unknown) => console.error("attempt sweep failed", error));
  }, everyMs);
  timer.unref();
}
