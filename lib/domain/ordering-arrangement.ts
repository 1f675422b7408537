// The ordering list a student arranges with JavaScript (drag and drop, move buttons), as pure
// rules: what it shows first, how an item moves, and the places it posts. The places go
// through the same fields as the no-JavaScript selects (q<p>.<choiceId> = 1..n), so both save
// exactly the same answer (lib/domain/question-types/ordering.ts reads them).

/** The saved order first, then the items it has not placed yet, in the order shown by the author. */
export function initialArrangement(choiceIds: readonly string[], saved: readonly string[] | undefined): string[] {
  const known = new Set(choiceIds);
  const placed = [...new Set(saved ?? [])].filter((id) => known.has(id));
  const taken = new Set(placed);
  return [...placed, ...choiceIds.filter((id) => !taken.has(id))];
}

/** The order with the item at `from` moved to `to` (both clamped into the list). */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
  const next = [...order];
  if (next.length === 0) return next;
  // Both clamped against the whole list, before the item is taken out of it.
  const clamp = (i: number) => Math.min(Math.max(i, 0), order.length - 1);
  const [item] = next.splice(clamp(from), 1);
  next.splice(clamp(to), 0, item);
  return next;
}

/**
 * The place each item posts: its position (1 = first) once the student has arranged the list;
 * before that, only the places of the saved answer, so showing the list never answers for them.
 */
export function postedPlaces(order: readonly string[], arranged: boolean, saved: readonly string[] | undefined): Map<string, string> {
  const places = new Map(order.map((id) => [id, ""]));
  const source = arranged ? order : (saved ?? []);
  source.forEach((id, i) => {
    if (places.has(id)) places.set(id, String(i + 1));
  });
  return places;
}

/**
 * The order a refused post sent (fields q<p>.<choiceId> = place), when its places are exactly
 * 1..n, one item each; otherwise undefined (the list cannot show two items in one place).
 */
export function sentOrder(name: string, choiceIds: readonly string[], sent: Readonly<Record<string, readonly string[]>> | undefined): string[] | undefined {
  if (!sent) return undefined;
  const byPlace = new Map<number, string>();
  for (const id of choiceIds) {
    const raw = sent[`${name}.${id}`]?.[0] ?? "";
    const place = /^[1-9][0-9]*$/.test(raw) ? Number(raw) : NaN;
    if (!(place >= 1 && place <= choiceIds.length) || byPlace.has(place)) return undefined;
    byPlace.set(place, id);
  }
  return choiceIds.map((_, i) => byPlace.get(i + 1)!);
}
