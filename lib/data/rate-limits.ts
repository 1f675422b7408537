import "server-only";
import { db } from "@/lib/db";

export type Window = { count: number; resetAt: Date };

/** The current window of each key (keys with no live window are left out). */
export async function readWindows(keys: { key: string; windowSeconds: number }[]): Promise<Map<string, Window>> {
  const rows = await db().rateLimit.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const result = new Map<string, Window>();
  for (const row of rows) {
    const windowSeconds = keys.find((k) => k.key === row.key)!.windowSeconds;
    const resetAt = new Date(row.windowStart.getTime() + windowSeconds * 1000);
    if (resetAt > new Date()) result.set(row.key, { count: row.count, resetAt });
  }
  return result;
}

/** Counts one event in the key's window, starting a new window when the last one has ended. Atomic. */
export async function countEvent(key: string, windowSeconds: number): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END`;
  // Now and then, forget windows that ended long ago.
  if (Math.random() < 0.01) {
    await db().$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - interval '1 day'`;
  }
}

export async function forget(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}
