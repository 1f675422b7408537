// Words for the review: whose a cited fact is, and what a source does to it.
const whoseKinds: Record<string, [string, string]> = {
  // kind: [with a name, without one]
  FIGURE: ["Figure from", "A figure"],
  ATTRIBUTION: ["Claim by", "A claim"],
  QUOTE: ["Words of", "Words"],
  FACT: ["Reported by", "Reported"],
};

/** Whose it is and as of when: "Figure from Ukraine (official count), as of June 2025". */
export function whoseText(fact: { kind: string; attributedTo: string | null }, asOf: string | null): string {
  const [named, anonymous] = whoseKinds[fact.kind] ?? whoseKinds.FACT;
  const who = fact.attributedTo ? `${named} ${fact.attributedTo}` : anonymous;
  if (!fact.attributedTo && fact.kind === "FACT") return asOf ? `As of ${asOf}` : "No date given";
  return asOf ? `${who}, as of ${asOf}` : who;
}

export const stanceLabels: Record<string, string> = {
  SUPPORTS: "Confirms",
  DISPUTES: "Disputes",
  UPDATES: "Later update",
};
