import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/domain/lru-cache";

type Op = { kind: "set"; key: number; weight: number } | { kind: "get"; key: number } | { kind: "delete"; key: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key: fc.integer({ min: 0, max: 12 }), weight: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant("get" as const), key: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant("delete" as const), key: fc.integer({ min: 0, max: 12 }) }),
);

/** The same operations on a plain list, most recent last: what the cache must agree with. */
function model(ops: Op[], maxEntries: number, maxWeight: number) {
  let list: { key: number; weight: number }[] = [];
  for (const o of ops) {
    const found = list.find((e) => e.key === o.key);
    if (o.kind === "get" && found) list = [...list.filter((e) => e !== found), found];
    if (o.kind === "delete") list = list.filter((e) => e.key !== o.key);
    if (o.kind === "set") {
      list = list.filter((e) => e.key !== o.key);
      if (o.weight > maxWeight) continue;
      list.push({ key: o.key, weight: o.weight });
      while (list.length > maxEntries || list.reduce((s, e) => s + e.weight, 0) > maxWeight) list.shift();
    }
  }
  return list;
}

describe("LRU cache", () => {
  it("never holds more entries or weight than its caps, and drops the least recently used first", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 100 }), (ops, maxEntries, maxWeight) => {
        const cache = new LruCache<number, { weight: number }>({ maxEntries, maxWeight, weigh: (v) => v.weight });
        for (const o of ops) {
          if (o.kind === "set") cache.set(o.key, { weight: o.weight });
          else if (o.kind === "get") cache.get(o.key);
          else cache.delete(o.key);
          expect(cache.size).toBeLessThanOrEqual(maxEntries);
          expect(cache.totalWeight).toBeLessThanOrEqual(maxWeight);
        }
        const expected = model(ops, maxEntries, maxWeight);
        expect(cache.keys()).toEqual(expected.map((e) => e.key));
        expect(cache.totalWeight).toBe(expected.reduce((s, e) => s + e.weight, 0));
      }),
    );
  });

  it("returns what was stored under a key until it is evicted", () => {
    const cache = new LruCache<string, string>({ maxEntries: 2, maxWeight: 1000, weigh: (v) => v.length });
    cache.set("a", "alpha");
    cache.set("b", "beta");
    expect(cache.get("a")).toBe("alpha"); // a is now the most recent
    cache.set("c", "gamma");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("alpha");
    expect(cache.get("c")).toBe("gamma");
  });

  it("does not keep an entry heavier than the whole cache, nor one of unknown weight", () => {
    const cache = new LruCache<string, string>({ maxEntries: 10, maxWeight: 4, weigh: (v) => (v === "?" ? Number.NaN : v.length) });
    cache.set("small", "abc");
    cache.set("huge", "abcdefgh");
    cache.set("odd", "?");
    expect(cache.keys()).toEqual(["small"]);
  });

  it("refuses caps that leave no room", () => {
    expect(() => new LruCache({ maxEntries: 0, maxWeight: 10, weigh: () => 1 })).toThrow(RangeError);
    expect(() => new LruCache({ maxEntries: 10, maxWeight: Number.NaN, weigh: () => 1 })).toThrow(RangeError);
  });
});
