// The rule-based generator: every proposal is valid for its type, cites evidence, and its key
// agrees with the fact it came from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigure, orderable, plausibleWrongFigure, proposeQuestions, toleranceFor, type GeneratorFact } from "@/lib/domain/question-generator";
import { numericMatches } from "@/lib/domain/question-types/numeric";
import { parseQuestionContent } from "@/lib/domain/question-types";

const evidence = (id: string, quote: string, extra: Partial<GeneratorFact["evidence"][number]> = {}) => ({
  id,
  sourceId: "s1",
  sourceTitle: "The article",
  quote,
  claimant: null,
  stance: "SUPPORTS" as const,
  ...extra,
});

const fact = (id: string, statement: string, extra: Partial<GeneratorFact> = {}): GeneratorFact => ({
  id,
  code: null,
  statement,
  kind: "FACT",
  attributedTo: null,
  asOf: null,
  asOfPrecision: null,
  evidence: [evidence(`${id}-e`, statement)],
  ...extra,
});

const returned = fact("f1", "The coalition brought back nearly 600 children in 2024.", { kind: "FIGURE", asOf: new Date("2024-01-01"), asOfPrecision: "YEAR" });
const documented = fact("f2", "Ukraine has documented over 19,000 children illegally removed.", { kind: "FIGURE", asOf: new Date("2025-06-01"), asOfPrecision: "MONTH" });
const letter = fact("f3", "Trump hand-delivered the letter in Anchorage.", { asOf: new Date("2025-08-15"), asOfPrecision: "DAY" });
const moscow = fact("f4", "Moscow says it protects vulnerable children from war zones.", {
  kind: "ATTRIBUTION",
  attributedTo: "Moscow",
  evidence: [evidence("f4-e", "Moscow says it protects vulnerable children from war zones.", { claimant: "Moscow" })],
});
const icc = fact("f5", "Judges issued arrest warrants for Putin.", {
  kind: "QUOTE",
  attributedTo: "The ICC",
  evidence: [evidence("f5-e", "judges issued arrest warrants for Putin", { claimant: "The International Criminal Court" })],
});

describe("figures", () => {
  it("reads the figure and how it is qualified, skipping years", () => {
    expect(findFigure("brought back nearly 600 children in 2024")).toMatchObject({ value: 600, manner: "approximate", unit: "children" });
    expect(findFigure("In 2023, judges issued 2 warrants")).toMatchObject({ value: 2, manner: "exact", unit: "warrants" });
    expect(findFigure("documented over 19,000 children")).toMatchObject({ value: 19000, manner: "bound" });
    expect(findFigure("In 2023 the court acted")).toBeNull();
    // Digits inside a word or a code are not figures.
    expect(findFigure("Fact F4 of zz3a6b: COVID19 cases")).toBeNull();
    expect(findFigure("up 2.5 points")).toMatchObject({ value: 2.5, unit: "points" });
  });

  it("gives “nearly 600” a tolerance that does not accept 630, and an exact count none", () => {
    const key = { value: 600, tolerance: toleranceFor({ value: 600, manner: "approximate" }), toleranceKind: "absolute" as const };
    expect(numericMatches(key, 630)).toBe(false);
    expect(numericMatches(key, 595)).toBe(true);
    expect(toleranceFor({ value: 41, manner: "exact" })).toBe(0);
    expect(toleranceFor({ value: 19000, manner: "bound" })).toBe(0);
  });

  it("makes a wrong figure outside any tolerance (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (value) => {
        const wrong = plausibleWrongFigure(value);
        expect(wrong).not.toBe(value);
        expect(numericMatches({ value, tolerance: toleranceFor({ value, manner: "approximate" }), toleranceKind: "absolute" }, wrong)).toBe(false);
      }),
    );
  });

  it("proposes a numeric question keyed to the figure and a false true/false with another figure", () => {
    const proposals = proposeQuestions(returned, []);
    const numeric = proposals.find((p) => p.id === "numeric")!;
    expect(numeric).toMatchObject({ type: "NUMERIC", key: { value: 600, tolerance: 12 }, options: { unit: "children" }, citations: ["f1-e"] });
    expect(numeric.stem).toContain("nearly ___ children");
    const trueFalse = proposals.find((p) => p.id === "true-false")!;
    expect(trueFalse).toMatchObject({ type: "TRUE_FALSE", key: { correct: false } });
    expect(trueFalse.stem).toContain("nearly 800 children");
  });
});

describe("who said it, ordering, which source", () => {
  it("matches claimants to their quotes across facts", () => {
    const proposal = proposeQuestions(moscow, [icc, returned]).find((p) => p.id === "who-said-it")!;
    expect(proposal.type).toBe("MATCHING");
    const { prompts, answers } = proposal.options as { prompts: { id: string; text: string }[]; answers: { id: string; text: string }[] };
    const { pairs } = proposal.key as { pairs: Record<string, string> };
    const said = Object.fromEntries(prompts.map((p) => [p.text, answers.find((a) => a.id === pairs[p.id])!.text]));
    expect(said).toEqual({
      "“Moscow says it protects vulnerable children from war zones.”": "Moscow",
      "“judges issued arrest warrants for Putin”": "The International Criminal Court",
    });
    expect(proposal.citations).toEqual(["f4-e", "f5-e"]);
  });

  it("orders dated events by their as-of dates, and leaves out dates too coarse to order", () => {
    const sameYear = fact("f6", "Something else happened in 2024.", { asOf: new Date("2024-05-01"), asOfPrecision: "MONTH" });
    const proposal = proposeQuestions(letter, [returned, sameYear, documented]).find((p) => p.id === "ordering")!;
    const { choices } = proposal.options as { choices: { id: string; text: string }[] };
    const order = (proposal.key as { order: string[] }).order.map((id) => choices.find((c) => c.id === id)!.text);
    // "2024" (year) and "May 2024" cannot be told apart: only the first is kept.
    expect(order).toEqual([returned.statement, documented.statement, letter.statement]);
    expect(choices.map((c) => c.id)).not.toEqual((proposal.key as { order: string[] }).order);
    expect(orderable({ asOf: new Date("2024-01-01"), asOfPrecision: "YEAR" }, { asOf: new Date("2024-05-01"), asOfPrecision: "MONTH" })).toBe(false);
    expect(orderable({ asOf: new Date("2024-01-01"), asOfPrecision: "YEAR" }, { asOf: new Date("2025-05-01"), asOfPrecision: "DAY" })).toBe(true);
  });

  it("makes no ordering question from an undated fact", () => {
    expect(proposeQuestions(moscow, [returned, letter]).some((p) => p.id === "ordering")).toBe(false);
  });

  it("matches passages to sources when a fact has evidence from several", () => {
    const multi = fact("f7", "The letter addressed child abductions.", {
      evidence: [
        evidence("a", "it addressed child abductions", { sourceId: "s1", sourceTitle: "upday" }),
        evidence("b", "a letter about the abducted children", { sourceId: "s2", sourceTitle: "The Independent" }),
      ],
    });
    const proposal = proposeQuestions(multi, []).find((p) => p.id === "which-source")!;
    expect(proposal).toMatchObject({ type: "MATCHING", citations: ["a", "b"] });
  });
});

// Arbitrary facts: statements with or without a figure, dates, claimants, one to three sources.
const wordArb = fc.constantFrom("the", "letter", "children", "returned", "Putin", "said", "court", "Moscow", "nearly", "over", "about");
const statementArb = fc
  .tuple(fc.array(wordArb, { minLength: 1, maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 2_000_000 })), fc.array(wordArb, { maxLength: 4 }))
  .map(([a, n, b]) => [...a, ...(n === null ? [] : [n >= 10000 ? n.toLocaleString("en-US") : String(n)]), ...b].join(" "));
const factArb = (id: string) =>
  fc
    .record({
      statement: statementArb,
      kind: fc.constantFrom("FACT" as const, "FIGURE" as const, "ATTRIBUTION" as const, "QUOTE" as const),
      attributedTo: fc.option(fc.constantFrom("Moscow", "Reuters", "The ICC", "Ukraine")),
      asOf: fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })),
      asOfPrecision: fc.constantFrom("DAY" as const, "MONTH" as const, "YEAR" as const),
      sources: fc.integer({ min: 1, max: 3 }),
      stance: fc.constantFrom("SUPPORTS" as const, "DISPUTES" as const),
    })
    .map(
      (r): GeneratorFact => ({
        id,
        code: null,
        statement: r.statement,
        kind: r.kind,
        attributedTo: r.attributedTo,
        asOf: r.asOf,
        asOfPrecision: r.asOf ? r.asOfPrecision : null,
        evidence: Array.from({ length: r.sources }, (_, i) =>
          evidence(`${id}-e${i}`, `${r.statement} (${i})`, { sourceId: `s${i}`, sourceTitle: `Source ${i}`, claimant: r.attributedTo, stance: i === 0 ? "SUPPORTS" : r.stance }),
        ),
      }),
    );

describe("every proposal (property)", () => {
  it("is valid for its type, cites the facts' evidence, and its key agrees with the fact", () => {
    fc.assert(
      fc.property(factArb("main"), fc.array(factArb("other"), { maxLength: 5 }), (main, others) => {
        const rest = others.map((o, i) => ({ ...o, id: `o${i}`, evidence: o.evidence.map((e) => ({ ...e, id: `o${i}-${e.id}` })) }));
        const known = new Set([main, ...rest].flatMap((f) => f.evidence.map((e) => e.id)));
        for (const proposal of proposeQuestions(main, rest)) {
          expect(parseQuestionContent(proposal.type, { options: proposal.options, key: proposal.key, feedback: proposal.feedback }).ok).toBe(true);
          expect(proposal.citations.length).toBeGreaterThan(0);
          for (const id of proposal.citations) expect(known.has(id)).toBe(true);
          const figure = findFigure(main.statement);
          if (proposal.id === "numeric") {
            expect((proposal.key as { value: number }).value).toBe(figure!.value);
            expect(proposal.citations[0].startsWith("main-")).toBe(true);
          }
          if (proposal.id === "true-false") {
            // The stem states a figure the key calls false: never the fact's own.
            expect(proposal.key).toEqual({ correct: false });
            expect(proposal.stem).not.toContain(`“${main.statement}”`);
          }
          if (proposal.id === "ordering") {
            const order = (proposal.key as { order: string[] }).order;
            expect(new Set(order).size).toBe(order.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
