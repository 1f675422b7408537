// The seed's quiz sets as `npm run content:check` reads them (the seed bundle, no database): none gives
// an answer away and none could be refused publication.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readBundle, type CheckedBundle } from "@/lib/content/bundle-check";
import { checkSet, hasBlockingFindings } from "@/lib/domain/set-checker";
import { checkedSetsOf } from "@/scripts/content-check";

let content: CheckedBundle;
beforeAll(() => {
  const reading = readBundle(readFileSync(path.join(process.cwd(), "prisma/seed/content.bundle.json"), "utf8"));
  if (!reading.ok) throw new Error(reading.errors.join("\n"));
  content = reading.checked;
});

describe("the seed's sets pass the set checker", () => {
  it("no set gives an answer away, and nothing blocks", () => {
    for (const set of checkedSetsOf(content)) {
      const findings = checkSet(set);
      expect(findings.filter((f) => f.rule === "answer-leak" || f.severity === "blocking"), set.id).toEqual([]);
    }
  });

  it("the set across the whole article tests every fact", () => {
    const whole = checkedSetsOf(content).find((set) => set.id === "the-full-article")!;
    expect(checkSet(whole).filter((f) => f.rule === "untested-fact")).toEqual([]);
  });

  it("a citation that no longer resolves blocks its set", () => {
    const [first] = checkedSetsOf(content);
    first.questions[0].citations[0].resolves = false;
    expect(hasBlockingFindings(checkSet(first))).toBe(true);
  });
});
