// The XSS spec's content (tests/e2e/xss/content.ts) must stay a valid bundle and a valid GIFT
// file, or the slow end-to-end run would only find out at its upload; and every payload must
// be in the fields that reach each page.
import { describe, expect, test } from "vitest";
import { readBundle } from "@/lib/content/bundle-check";
import { parseGift } from "@/lib/content/gift/parse";
import { xssBundle, xssGift } from "../e2e/xss/content";
import { xssPayloads } from "../e2e/xss/payloads";

describe("the XSS spec's content", () => {
  test("has at least 100 payloads, each different", () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100);
    expect(new Set(xssPayloads).size).toBe(xssPayloads.length);
  });

  test("is a bundle this instance imports, with every payload in the source text, the stems and the fact statements, and the set's title and description as full as its form allows", () => {
    const { bundle } = xssBundle("abcd1234");
    const reading = readBundle(JSON.stringify(bundle, null, 2));
    expect(reading.ok ? [] : reading.errors).toEqual([]);
    const stems = bundle.questions.map((q) => q.versions[0].stem).join("\n");
    const statements = bundle.facts.map((f) => f.statement).join("\n");
    for (const payload of xssPayloads) {
      expect(bundle.sources[0].text).toContain(payload);
      expect(stems).toContain(payload);
      expect(statements).toContain(payload);
    }
    // The set form's limits hold for an import too (200 and 2,000 characters): as many payloads as fit.
    const [set] = bundle.quizSets;
    expect(set.title.length).toBeLessThanOrEqual(200);
    expect(set.description.length).toBeLessThanOrEqual(2000);
    expect(xssPayloads.filter((payload) => set.description.includes(payload)).length).toBeGreaterThanOrEqual(30);
    expect(xssPayloads.filter((payload) => set.title.includes(payload)).length).toBeGreaterThanOrEqual(2);
    expect(new Set(bundle.questions.map((q) => q.versions[0].type)).size).toBe(7);
  });

  test("is a GIFT file that parses without errors or warnings", () => {
    const gift = xssGift("abcd1234");
    const parsed = parseGift(gift.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.questions).toHaveLength(gift.written);
    expect(gift.written).toBeGreaterThanOrEqual(10);
  });
});
