import "server-only";
// What a question version shows a student (type, stem, points, options parsed by its type),
// cached in this process per version id. A version never changes once written (the database
// refuses any UPDATE of "QuestionVersion", see prisma/migrations/README.md) and ids are never
// reused, so an entry is never stale and needs no invalidation, on one instance or many.
//
// Shared by every student, so it holds only what is the same for all of them: never the key,
// feedback or explanation (not even read here), never an answer, an option order, an attempt
// or a name. Each student's order and answer are applied to a copy by the caller
// (lib/domain/questions.ts: inStudentOrder, withAnswer). Entries are deep-frozen, so a caller
// that tried to change one would throw instead of leaking the change to the next student.
//
// Internal to lib/data: callers pass ids they have already authorised (the versions of the
// acting user's own responses). See docs/decisions/016-taking-page-version-cache.md.
import { db } from "@/lib/db";
import { LruCache } from "@/lib/domain/lru-cache";
import type { ShownQuestion } from "@/lib/domain/question-types";
import { parseShownQuestion } from "@/lib/domain/questions";

export type ShownVersion = Readonly<{ id: string; stem: string; points: number; shown: ShownQuestion }>;

/** At most this many versions and about this many bytes (UTF-16 text, rough): a few MB at most. */
export const shownVersionCaps = { maxEntries: 5_000, maxWeight: 8 * 1024 * 1024 };

// Rough size in memory: the text twice (UTF-16) plus a fixed overhead per object.
const weigh = (version: ShownVersion) => 2 * (version.stem.length + JSON.stringify(version.shown.options).length) + 512;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// One cache per process (kept on globalThis, like the Prisma client), so that every bundle of
// the app that imports this module shares it and its cap.
const holder = globalThis as unknown as { citedShownVersions?: LruCache<string, ShownVersion> };
const cache = () => (holder.citedShownVersions ??= new LruCache<string, ShownVersion>({ ...shownVersionCaps, weigh }));

/**
 * The shown part of each version in `ids`, from the cache, reading the missing ones in one
 * query. A version that is not there (it cannot be, while a response refers to it) is absent
 * from the result.
 */
export async function shownVersions(ids: readonly string[]): Promise<Map<string, ShownVersion>> {
  const found = new Map<string, ShownVersion>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = cache().get(id);
    if (hit) found.set(id, hit);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const rows = await db().questionVersion.findMany({ where: { id: { in: missing } }, select: { id: true, type: true, stem: true, options: true, points: true } });
  for (const row of rows) {
    const version: ShownVersion = deepFreeze({ id: row.id, stem: row.stem, points: row.points, shown: parseShownQuestion(row) });
    cache().set(row.id, version);
    found.set(row.id, version);
  }
  return found;
}

/** Empties the cache (tests that need a cold start). */
export function forgetShownVersions() {
  holder.citedShownVersions = undefined;
}
