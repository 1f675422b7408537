import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containsPattern, escapeLike } from "@/lib/domain/like-pattern";

/** What PostgreSQL's LIKE does with a pattern (backslash escapes), to check the escaping against. */
function like(value: string, pattern: string): boolean {
  let regex = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") regex += (pattern[++i] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "%") regex += "[\\s\\S]*";
    else if (c === "_") regex += "[\\s\\S]";
    else regex += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${regex}$`).test(value);
}

describe("escapeLike", () => {
  it("escapes the wildcards and the escape character", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(like("Ben", containsPattern("b_n").toLowerCase())).toBe(false);
    expect(like("anyone", containsPattern("%"))).toBe(false);
    expect(like("100% sure", containsPattern("%"))).toBe(true);
  });

  it("matches exactly the values that contain the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "%", "_", "\\", " ") }), fc.string({ unit: fc.constantFrom("a", "b", "%", "_", "\\", " ") }), (value, text) => {
        expect(like(value, containsPattern(text))).toBe(value.includes(text));
      }),
    );
  });
});
