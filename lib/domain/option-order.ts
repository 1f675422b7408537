// The order in which a student sees a question's options, drawn once when the attempt starts
// and stored with it, so that a reload, the no-JavaScript form and the review show the same
// order. It only ever reorders lists of { id } objects (choices, matching prompts and answers,
// the starting order of an ordering question): scoring and item analysis use option ids, never
// positions, so a shuffle cannot change a score. It works on options as stored (unknown JSON):
// the result is parsed by the question's type afterwards (lib/domain/questions.ts).

/** Per list in a question's options, the option ids in the order shown. */
export type OptionOrder = Record<string, string[]>;

type Item = { id: string };

const isItem = (value: unknown): value is Item => !!value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string";

/** The lists of options that can be reordered: arrays of two or more { id } objects. */
function idLists(options: unknown): [string, Item[]][] {
  if (!options || typeof options !== "object" || Array.isArray(options)) return [];
  const lists: [string, Item[]][] = [];
  for (const [name, value] of Object.entries(options)) {
    if (Array.isArray(value) && value.length > 1 && value.every(isItem)) lists.push([name, value]);
  }
  return lists;
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
 * The options as the student saw them. An order that does not fit the options (an id missing,
 * repeated or unknown) is ignored for that list, so a stored order can never hide or invent an
 * option.
 */
export function applyOptionOrder(options: unknown, order: OptionOrder | null | undefined): unknown {
  if (!order || !options || typeof options !== "object" || Array.isArray(options)) return options;
  const reordered = new Map<string, Item[]>();
  for (const [name, items] of idLists(options)) {
    const ids = order[name];
    if (!ids || ids.length !== items.length || new Set(ids).size !== ids.length) continue;
    const byId = new Map(items.map((item) => [item.id, item]));
    const list = ids.map((id) => byId.get(id));
    if (list.every((item): item is Item => item !== undefined)) reordered.set(name, list);
  }
  return Object.fromEntries(Object.entries(options).map(([name, value]) => [name, reordered.get(name) ?? value]));
}

/** A stored order (JSON) read back: null unless it is lists of ids by name. */
export function parseOptionOrder(stored: unknown): OptionOrder | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const order: OptionOrder = {};
  for (const [name, ids] of Object.entries(stored)) {
    if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === "string")) return null;
    order[name] = ids;
  }
  return order;
}

/** A stored question row with its options in the order one student saw them. */
export function shownInOrder<R extends { options: unknown }>(row: R, storedOrder: unknown): R {
  return { ...row, options: applyOptionOrder(row.options, parseOptionOrder(storedOrder)) };
}
