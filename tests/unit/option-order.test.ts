import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOptionOrder, drawOptionOrder, shuffled } from "@/lib/domain/option-order";

const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` }));
const sorted = (ids: string[]) => [...ids].sort();

describe("option order", () => {
  it("shuffles every list of options by id, and applies back to the same options in that order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 6 }), fc.infiniteStream(fc.oneof(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.constantFrom(Number.NaN, 1, -1))), (n, m, stream) => {
        const options = { prompts: choices(n), answers: choices(m).map((c) => ({ ...c, id: `a${c.id}` })), unit: "children" };
        const iterator = stream[Symbol.iterator]();
        const order = drawOptionOrder(options, () => iterator.next().value as number)!;
        expect(sorted(order.prompts)).toEqual(sorted(options.prompts.map((c) => c.id)));
        expect(sorted(order.answers)).toEqual(sorted(options.answers.map((c) => c.id)));
        const shown = applyOptionOrder(options, order) as typeof options;
        expect(shown.prompts.map((c) => c.id)).toEqual(order.prompts);
        expect(shown.answers.map((c) => c.id)).toEqual(order.answers);
        expect(shown.unit).toBe("children");
      }),
    );
  });

  it("has nothing to shuffle in a numeric, short-text or true/false question", () => {
    expect(drawOptionOrder({ unit: "countries" })).toBeNull();
    expect(drawOptionOrder({})).toBeNull();
    expect(drawOptionOrder(null)).toBeNull();
  });

  it("ignores an order that would hide, repeat or invent an option", () => {
    const options = { choices: choices(3) };
    for (const bad of [["o0", "o1"], ["o0", "o0", "o1"], ["o0", "o1", "zz"]]) {
      expect(applyOptionOrder(options, { choices: bad })).toEqual(options);
    }
    expect(applyOptionOrder(options, null)).toBe(options);
  });

  it("draws every permutation of three with about equal frequency", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffled(["a", "b", "c"], random).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
  });
});
