import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateJoinCode, groupJoinCode, isPlausibleJoinCode, joinCodeAlphabet, joinCodeLength, normaliseJoinCode } from "@/lib/domain/join-code";

describe("the join-code alphabet", () => {
  it("has no characters that look alike", () => {
    for (const c of "0O1IL") expect(joinCodeAlphabet).not.toContain(c);
    expect(new Set(joinCodeAlphabet).size).toBe(joinCodeAlphabet.length);
    expect(joinCodeAlphabet).toMatch(/^[A-Z2-9]+$/);
  });
});

describe("generateJoinCode", () => {
  it("makes codes of the alphabet's characters, of the fixed length", () => {
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(new RegExp(`^[${joinCodeAlphabet}]{${joinCodeLength}}$`));
  });

  it("uses every byte source it is given without bias (bytes past the last multiple are dropped)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        let offset = 0;
        const source = (n: number) => {
          const out = new Uint8Array(n);
          for (let i = 0; i < n; i++) out[i] = bytes[offset++ % bytes.length] | 0;
          return out;
        };
        const usable = [...bytes].some((b) => b < 248);
        if (!usable) return;
        const code = generateJoinCode(source);
        expect(code).toHaveLength(joinCodeLength);
        expect([...code].every((c) => joinCodeAlphabet.includes(c))).toBe(true);
      }),
    );
  });

  it("maps a byte to the alphabet by its remainder", () => {
    const code = generateJoinCode((n) => Uint8Array.from({ length: n }, (_, i) => i));
    expect(code).toBe(joinCodeAlphabet.slice(0, joinCodeLength));
    // 248 and above are dropped: 255, 250, then 31 → "2" (index 0).
    const skipped = generateJoinCode((n) => Uint8Array.from({ length: n }, (_, i) => (i < 2 ? 255 - i * 5 : 31)));
    expect(skipped).toBe("2".repeat(joinCodeLength));
  });

  it("rarely repeats itself", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateJoinCode()));
    expect(codes.size).toBe(2000);
  });
});

describe("normaliseJoinCode", () => {
  it.each([
    ["ALASKA25", "ALASKA25"],
    ["  alaska25 ", "ALASKA25"],
    ["alas-ka25", "ALASKA25"],
    ["ALAS KA25", "ALASKA25"],
    ["alas – ka 25", "ALASKA25"],
    ["OTHER001", "OTHER001"],
    ["other-001", "OTHER001"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseJoinCode(input)).toBe(expected);
  });

  it("keeps every generated code as it is, however it is typed (case, spaces, dashes)", () => {
    fc.assert(
      fc.property(fc.constant(null).map(() => generateJoinCode()), fc.boolean(), fc.integer({ min: 0, max: 8 }), (code, lower, at) => {
        const typed = `  ${(lower ? code.toLowerCase() : code).slice(0, at)}- ${code.slice(at)} `;
        expect(normaliseJoinCode(typed)).toBe(code);
        expect(normaliseJoinCode(code)).toBe(code);
        expect(isPlausibleJoinCode(code)).toBe(true);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => {
        expect(normaliseJoinCode(normaliseJoinCode(s))).toBe(normaliseJoinCode(s));
      }),
    );
  });
});

describe("isPlausibleJoinCode", () => {
  it("accepts letters and digits only, 4 to 16 of them", () => {
    expect(isPlausibleJoinCode("ALASKA25")).toBe(true);
    expect(isPlausibleJoinCode("OTHER001")).toBe(true);
    expect(isPlausibleJoinCode("")).toBe(false);
    expect(isPlausibleJoinCode("<SCRIPT>")).toBe(false);
    expect(isPlausibleJoinCode("A".repeat(17))).toBe(false);
  });
});

describe("groupJoinCode", () => {
  it("splits into groups of four", () => {
    expect(groupJoinCode("ALASKA25")).toEqual(["ALAS", "KA25"]);
    expect(groupJoinCode("ABCDEF")).toEqual(["ABCD", "EF"]);
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(groupJoinCode(s).join("")).toBe(s);
      }),
    );
  });
});
