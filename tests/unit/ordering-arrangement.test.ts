import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialArrangement, moveItem, postedPlaces, sentOrder } from "@/lib/domain/ordering-arrangement";
import { ordering } from "@/lib/domain/question-types/ordering";

const idsArb = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: 2, maxLength: 7 });
const sorted = (ids: readonly string[]) => [...ids].sort();

/** What the ordering type reads back from the fields the list posts. */
function readBack(ids: string[], places: Map<string, string>) {
  const options = { choices: ids.map((id) => ({ id, text: `Item ${id}` })) };
  return ordering.fromFields(options, "q3", (field) => {
    const value = places.get(field.slice("q3.".length));
    return value === undefined ? [] : [value];
  });
}

describe("ordering arrangement", () => {
  it("shows every item once: the saved order first, then the rest as the author listed them", () => {
    fc.assert(
      fc.property(idsArb.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids), fc.array(fc.string(), { maxLength: 2 }))), ([ids, saved, forged]) => {
        const shown = initialArrangement(ids, [...saved, ...forged.filter((f) => !ids.includes(f))]);
        expect(sorted(shown)).toEqual(sorted(ids));
        expect(shown.slice(0, saved.length)).toEqual(saved);
        expect(shown.slice(saved.length)).toEqual(ids.filter((id) => !saved.includes(id)));
      }),
    );
    expect(initialArrangement(["a", "b"], undefined)).toEqual(["a", "b"]);
  });

  it("moves one item to the place asked, keeping the others in their order", () => {
    fc.assert(
      fc.property(idsArb.chain((ids) => fc.tuple(fc.constant(ids), fc.nat(ids.length - 1), fc.nat(ids.length - 1))), ([ids, from, to]) => {
        const moved = moveItem(ids, from, to);
        expect(sorted(moved)).toEqual(sorted(ids));
        expect(moved[to]).toBe(ids[from]);
        expect(moved.filter((id) => id !== ids[from])).toEqual(ids.filter((id) => id !== ids[from]));
      }),
    );
    // Out of range is clamped, never loses or invents an item.
    expect(moveItem(["a", "b", "c"], 0, 99)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], -5, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it("posts the arranged order through the ordering fields, which read back as that very order", () => {
    fc.assert(
      fc.property(idsArb.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length }))), ([ids, order]) => {
        expect(readBack(ids, postedPlaces(order, true, undefined))).toEqual({ kind: "answer", answer: { order } });
      }),
    );
  });

  it("posts no answer for a list only shown, and keeps a saved partial answer as it was", () => {
    fc.assert(
      fc.property(idsArb.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids))), ([ids, saved]) => {
        const shown = initialArrangement(ids, saved);
        const read = readBack(ids, postedPlaces(shown, false, saved));
        expect(read).toEqual(saved.length === 0 ? { kind: "empty" } : { kind: "answer", answer: { order: saved } });
      }),
    );
  });
});

describe("the order a refused post sent", () => {
  const ids = ["a", "b", "c", "d"];
  const fields = (places: string[]) => Object.fromEntries(ids.map((id, i) => [`q3.${id}`, [places[i]]]));

  it("is the items by their places when the places are 1..n, one each", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 4, maxLength: 4 }), (order) => {
        const places = ids.map((id) => String(order.indexOf(id) + 1));
        expect(sentOrder("q3", ids, fields(places))).toEqual(order);
      }),
    );
  });

  it("is undefined for two items in one place, a blank, a place out of range or not a number", () => {
    for (const places of [["1", "1", "3", "4"], ["1", "", "3", "4"], ["1", "2", "3", "5"], ["0", "1", "2", "3"], ["1", "2", "3", "4x"], ["1", "2", "3", " 4"]]) {
      expect(sentOrder("q3", ids, fields(places))).toBeUndefined();
    }
    expect(sentOrder("q3", ids, undefined)).toBeUndefined();
  });
});
