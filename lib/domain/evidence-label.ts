// Whose figure a quote gives and as of when. A citation is labelled from its own evidence
// (claimant, as-of date), never from the fact it is cited for: the Independent's "nearly 19,500"
// is ISW's figure as of March 2025, even when the question is about Ukraine's June count. The
// fact's label is the card's only where the evidence agrees with it (same claimant, same as-of
// date at the same precision); elsewhere the card says what the fact's label is instead.
import { formatDate, type DatePrecision } from "@/lib/format/dates";

export type DatedClaim = { claimant: string | null; asOf: Date | null; asOfPrecision: DatePrecision | null };
export type FactLabelParts = { kind: string; attributedTo: string | null; asOf: Date | null; asOfPrecision: DatePrecision | null };

export type CitationLabel = {
  /** "Figure from ISW (Institute for the Study of War), as of March 2025". */
  text: string;
  /** The fact's own label when it differs from the evidence's, with words saying so; else null. */
  differs: string | null;
};

const kinds: Record<string, { named: string; voiced: string; anonymous: string }> = {
  FIGURE: { named: "Figure from", voiced: "Figure given by", anonymous: "A figure" },
  ATTRIBUTION: { named: "Claim by", voiced: "Claim reported by", anonymous: "A claim" },
  QUOTE: { named: "Words of", voiced: "Words reported by", anonymous: "Words" },
  FACT: { named: "Reported by", voiced: "Reported by", anonymous: "" },
};

const sameName = (a: string | null, b: string | null) => (a ?? "").trim().replace(/\s+/g, " ").toLowerCase() === (b ?? "").trim().replace(/\s+/g, " ").toLowerCase();

const sameDate = (a: DatedClaim, b: DatedClaim) =>
  a.asOf === null || b.asOf === null
    ? a.asOf === b.asOf
    : a.asOfPrecision === b.asOfPrecision && a.asOf.toISOString().slice(0, 10) === b.asOf.toISOString().slice(0, 10);

/** True when the evidence gives the fact's claim with the fact's claimant and as-of date. */
export function labelsAgree(fact: FactLabelParts, evidence: DatedClaim): boolean {
  return sameName(fact.attributedTo, evidence.claimant) && sameDate({ ...fact, claimant: fact.attributedTo }, evidence);
}

/**
 * "Figure from Ukraine (official count), as of June 2025". Without a claimant the words are the
 * source's own (`voice`, its publisher, when it has one); without a date it says so.
 */
export function whoseText(kind: string, claim: DatedClaim, voice: string | null = null): string {
  const words = kinds[kind] ?? kinds.FACT;
  const asOf = claim.asOf ? formatDate(claim.asOf, claim.asOfPrecision ?? "DAY") : null;
  const who = claim.claimant ? `${words.named} ${claim.claimant}` : voice ? `${words.voiced} ${voice}` : words.anonymous;
  if (!who) return asOf ? `As of ${asOf}` : "No date given";
  return asOf ? `${who}, as of ${asOf}` : `${who}, no date given`;
}

/** The card's label for one piece of evidence cited for a fact (`voice`: the source's publisher). */
export function citationLabel(fact: FactLabelParts, evidence: DatedClaim, voice: string | null): CitationLabel {
  const factClaim = { claimant: fact.attributedTo, asOf: fact.asOf, asOfPrecision: fact.asOfPrecision };
  if (labelsAgree(fact, evidence)) return { text: whoseText(fact.kind, evidence, voice), differs: null };
  const factText = whoseText(fact.kind, factClaim);
  const differs =
    fact.kind === "FIGURE"
      ? `Not the figure the question is about. That one: ${factText}.`
      : `Not the same source and date as the fact the question is about. That one: ${factText}.`;
  return { text: whoseText(fact.kind, evidence, voice), differs };
}
