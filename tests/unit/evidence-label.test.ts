import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationLabel, labelsAgree, whoseText, type DatedClaim, type FactLabelParts } from "@/lib/domain/evidence-label";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const officialCount: FactLabelParts = { kind: "FIGURE", attributedTo: "Ukraine (official count)", asOf: day("2025-06-01"), asOfPrecision: "MONTH" };

describe("a citation's label comes from its own evidence", () => {
  it("labels ISW's figure as ISW's, as of March 2025, and says it is not the fact's figure", () => {
    const isw: DatedClaim = { claimant: "ISW (Institute for the Study of War)", asOf: day("2025-03-01"), asOfPrecision: "MONTH" };
    const label = citationLabel(officialCount, isw, "The Independent");
    expect(label.text).toBe("Figure from ISW (Institute for the Study of War), as of March 2025");
    expect(label.differs).toBe("Not the figure the question is about. That one: Figure from Ukraine (official count), as of June 2025.");
  });

  it("uses the fact's label only where the evidence agrees with it", () => {
    const same: DatedClaim = { claimant: "Ukraine (official count)", asOf: day("2025-06-01"), asOfPrecision: "MONTH" };
    expect(citationLabel(officialCount, same, null)).toEqual({ text: "Figure from Ukraine (official count), as of June 2025", differs: null });
  });

  it("labels a later report with its own date, in the source's own voice", () => {
    const letter: FactLabelParts = { kind: "FACT", attributedTo: "Reuters, citing White House officials", asOf: day("2025-08-01"), asOfPrecision: "MONTH" };
    const unn = citationLabel(letter, { claimant: null, asOf: day("2025-10-10"), asOfPrecision: "DAY" }, "UNN (Ukrainian National News)");
    expect(unn.text).toBe("Reported by UNN (Ukrainian National News), as of 10 October 2025");
    expect(unn.text).not.toContain("August 2025");
    expect(unn.differs).toContain("Reported by Reuters, citing White House officials, as of August 2025");
  });

  it("shows no date rather than a borrowed one when the evidence's as-of is unknown", () => {
    const upday = citationLabel(officialCount, { claimant: null, asOf: null, asOfPrecision: null }, "upday UK");
    expect(upday.text).toBe("Figure given by upday UK, no date given");
    expect(upday.differs).not.toBeNull();
  });

  it("treats a different precision of the same day as a different as-of date", () => {
    expect(labelsAgree(officialCount, { claimant: "Ukraine (official count)", asOf: day("2025-06-01"), asOfPrecision: "DAY" })).toBe(false);
    expect(labelsAgree(officialCount, { claimant: " ukraine  (official COUNT)", asOf: day("2025-06-01"), asOfPrecision: "MONTH" })).toBe(true);
  });

  it("never shows the fact's date on evidence whose as-of differs (any dates, claimants, kinds)", () => {
    const date = fc.option(fc.date({ min: day("2000-01-01"), max: day("2030-12-31"), noInvalidDate: true }).map((d) => day(d.toISOString().slice(0, 10))), { nil: null });
    const precision = fc.constantFrom("DAY" as const, "MONTH" as const, "YEAR" as const);
    const claimant = fc.option(fc.constantFrom("ISW", "Ukraine (official count)", "Donald Trump"), { nil: null });
    const claim = fc.record({ claimant, asOf: date, asOfPrecision: precision }).map((c) => ({ ...c, asOfPrecision: c.asOf ? c.asOfPrecision : null }));
    const kind = fc.constantFrom("FIGURE", "FACT", "ATTRIBUTION", "QUOTE");
    fc.assert(
      fc.property(kind, claim, claim, (k, f, e) => {
        const fact = { kind: k, attributedTo: f.claimant, asOf: f.asOf, asOfPrecision: f.asOfPrecision };
        const label = citationLabel(fact, e, "The Independent");
        expect(label.text).toBe(whoseText(k, e, "The Independent"));
        expect(label.differs === null).toBe(labelsAgree(fact, e));
        if (label.differs) expect(label.differs).toContain(whoseText(k, { claimant: f.claimant, asOf: f.asOf, asOfPrecision: f.asOfPrecision }));
      }),
    );
  });
});
