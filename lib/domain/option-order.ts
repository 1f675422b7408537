// The order in which a student sees a question's options, drawn once when the attempt starts
// and stored with it, so that a reload, the no-JavaScript form and the review show the same
// order. It only ever reorders lists of { id } objects (choices, matching prompts and answers,
// the starting order of an ordering question): scoring and item analysis use option ids, never
// positions, so a shuffle cannot change a score.

/** Per list in a question's options, the option ids in the order shown. */
export type OptionOrder = Record<string, string[]>;

type WithIds = { id: string }[];

function idLists(options: unknown): [string, WithIds][] {
  if (!options || typeof options !== "object") return [];
  return Object.entries(options).filter(
    (entry): entry is [string, WithIds] =>
      Array.isArray(entry[1]) && entry[1].length > 1 && entry[1].every((item) => !!item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string"),
  );
}

/** A uniformly random permutation (Fisher-Yates); `random` returns [0, 1). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const r = random();
    // A source that strays outside [0, 1) (or gives NaN) can bias the order, never lose an item.
    const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : i;
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** Draws an order for every list of options; null when the question has none to shuffle. */
export function drawOptionOrder(options: unknown, random: () => number = Math.random): OptionOrder | null {
  const lists = idLists(options);
  if (lists.length === 0) return null;
  return Object.fromEntries(lists.map(([name, items]) => [name, shuffled(items.map((item) => item.id), random)]));
}

/**
 * The options as the student saw them. An order that does not fit the options (an id missing
 * or unknown) is ignored for that list, so a stored order can never hide or invent an option.
 */
export function applyOptionOrder<T>(options: T, order: OptionOrder | null | undefined): T {
  if (!order) return options;
  const result = { ...(options as Record<string, unknown>) };
  for (const [name, items] of idLists(options)) {
    const ids = order[name];
    if (!ids || ids.length !== items.length) continue;
    const byId = new Map(items.map((item) => [item.id, item]));
    if (!ids.every((id) => byId.has(id)) || new Set(ids).size !== ids.length) continue;
    result[name] = ids.map((id) => byId.get(id)!);
  }
  return result as T;
}

/** A stored order (JSON) read back: null unless it is lists of ids by name. */
export function parseOptionOrder(stored: unknown): OptionOrder | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const entries = Object.entries(stored);
  if (!entries.every(([, ids]) => Array.isArray(ids) && ids.every((id) => typeof id === "string"))) return null;
  return Object.fromEntries(entries) as OptionOrder;
}

/** A stored question row with its options in the order one student saw them. */
export function shownInOrder<R extends { options: unknown }>(row: R, storedOrder: unknown): R {
  return { ...row, options: applyOptionOrder(row.options, parseOptionOrder(storedOrder)) };
}
