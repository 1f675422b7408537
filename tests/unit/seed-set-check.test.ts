// The seed's quiz sets as `npm run content:check` reads them (the files, no database): none gives
// an answer away and none could be refused publication.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content } from "@/lib/content/load-content";
import { checkSet, hasBlockingFindings } from "@/lib/domain/set-checker";
import { checkedSetsOf } from "@/scripts/content-check";

let content: Content;
beforeAll(async () => {
  content = await loadContent(path.join(process.cwd(), "prisma/seed"));
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
