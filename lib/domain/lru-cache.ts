// A least-recently-used cache with two caps: a number of entries and a total weight (roughly
// bytes, as the caller weighs them). Reading an entry makes it the most recent; adding one past
// either cap drops the least recent until both hold again. An entry heavier than the whole
// weight cap is not kept at all. Pure (no I/O): a Map keeps insertion order, and moving an
// entry to the end on each read is what makes that order "least recently used first".

export type LruOptions<V> = { maxEntries: number; maxWeight: number; weigh: (value: V) => number };

export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly options: LruOptions<V>) {
    if (!(options.maxEntries >= 1) || !(options.maxWeight >= 1)) throw new RangeError("An LRU cache needs room for at least one entry.");
  }

  get size(): number {
    return this.entries.size;
  }

  get totalWeight(): number {
    return this.weight;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = Math.max(0, this.options.weigh(value));
    // NaN or a weight over the cap: keeping it would empty the cache for one entry, or break the cap.
    if (!(weight <= this.options.maxWeight)) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.weight <= this.options.maxWeight) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }

  /** Keys from least to most recently used (for tests and diagnostics). */
  keys(): K[] {
    return [...this.entries.keys()];
  }
}
