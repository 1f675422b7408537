import "server-only";
import { countEvent, forget, readWindows } from "@/lib/data/rate-limits";

export type Limit = { max: number; windowSeconds: number };
export type LimitCheck = { key: string; limit: Limit };

/** Seconds until every exhausted limit among `checks` resets; null when none is exhausted. */
export async function retryAfter(checks: LimitCheck[]): Promise<number | null> {
  const windows = await readWindows(checks.map((c) => ({ key: c.key, windowSeconds: c.limit.windowSeconds })));
  let until: number | null = null;
  for (const check of checks) {
    const window = windows.get(check.key);
    if (window && window.count >= check.limit.max) {
      const seconds = Math.ceil((window.resetAt.getTime() - Date.now()) / 1000);
      until = Math.max(until ?? 0, seconds);
    }
  }
  return until;
}

export async function count(checks: LimitCheck[]): Promise<void> {
  await Promise.all(checks.map((c) => countEvent(c.key, c.limit.windowSeconds)));
}

export { forget };
