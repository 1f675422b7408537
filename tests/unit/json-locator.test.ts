import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLocatedJson } from "@/lib/content/json-locator";

describe("parseLocatedJson", () => {
  it("reads any JSON document as JSON.parse does, compact or indented", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const located = parseLocatedJson(text);
        expect(located.ok).toBe(true);
        if (located.ok) expect(located.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it("reads escapes, unicode and numbers exactly", () => {
    const text = String.raw`{"a": "line\nbreak \"quoted\" \u00e9 \ud83d\ude00 \/ \\", "b": [-0.5e3, 0, 12], "c": true, "d": null}`;
    const located = parseLocatedJson(text);
    expect(located).toMatchObject({ ok: true, value: JSON.parse(text) });
  });

  it("keeps a __proto__ key as data, as JSON.parse does", () => {
    const located = parseLocatedJson('{"__proto__": {"polluted": true}}');
    expect(located.ok).toBe(true);
    if (!located.ok) return;
    expect(Object.keys(located.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(located.value)).toBe(Object.prototype);
  });

  it("gives the line of each value, and of the nearest ancestor for a missing one", () => {
    const text = ['{', '  "sources": [', '    {', '      "slug": "a",', '      "text": null', '    }', '  ],', '  "facts": []', '}'].join("\n");
    const located = parseLocatedJson(text);
    if (!located.ok) throw new Error(located.message);
    expect(located.lineOf([])).toBe(1);
    expect(located.lineOf(["sources"])).toBe(2);
    expect(located.lineOf(["sources", 0])).toBe(3);
    expect(located.lineOf(["sources", 0, "slug"])).toBe(4);
    expect(located.lineOf(["sources", 0, "text"])).toBe(5);
    expect(located.lineOf(["sources", 0, "title"])).toBe(3); // missing: the object it is missing from
    expect(located.lineOf(["facts", 3, "id"])).toBe(8);
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected “,” or “}”/],
    ['{\n  "a": [1, 2,]\n}', 2, 14, /unexpected “]” where a value was expected/],
    ['{\n  "a": "open\n}', 2, 13, /not closed before the line ends/],
    ["{\n  'a': 1\n}", 2, 3, /property name in double quotes/],
    ['{"a": 1}\n{"b": 2}', 2, 1, /after the end of the document/],
    ['{\n  "a": ', 2, 8, /ends where a value was expected/],
    ['{"a": tru}', 1, 7, /unexpected “t”/],
    ['{"a": "\\x"}', 1, 8, /not a JSON escape/],
  ])("reports a syntax error with its line and column: %j", (text, line, column, message) => {
    const located = parseLocatedJson(text);
    expect(located).toMatchObject({ ok: false, line, column });
    if (!located.ok) expect(located.message).toMatch(message);
  });

  it("refuses a document nested too deeply instead of overflowing the stack", () => {
    const located = parseLocatedJson("[".repeat(100_000));
    expect(located).toMatchObject({ ok: false, line: 1 });
    if (!located.ok) expect(located.message).toMatch(/nested too deeply/);
  });
});
