// Reading a question's key in review (only present when the review policy shows it).
type Loose = Record<string, unknown>;

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

export function readKey(key: unknown) {
  const k = (key && typeof key === "object" ? key : {}) as Loose;
  const correct = k.correct;
  const pairs = k.pairs && typeof k.pairs === "object" ? (k.pairs as Record<string, string>) : undefined;
  return {
    /** Correct option ids (single, multiple select) or "true"/"false" (true/false). */
    correct: typeof correct === "string" ? [correct] : typeof correct === "boolean" ? [String(correct)] : strings(correct),
    value: typeof k.value === "number" ? k.value : undefined,
    tolerance: typeof k.tolerance === "number" ? k.tolerance : 0,
    toleranceKind: k.toleranceKind === "relative" ? "relative" : "absolute",
    accepted: strings(k.accepted),
    order: strings(k.order),
    pairs,
  };
}

/** Big figures grouped (19,000), years and small numbers as typed (2023). */
export const figure = (n: number) => (Math.abs(n) >= 10_000 ? n.toLocaleString("en-GB") : String(n));

export function toleranceText(tolerance: number, kind: string): string | null {
  if (!tolerance) return null;
  return kind === "relative" ? `answers within ${Math.round(tolerance * 100)}% count` : `answers within ${figure(tolerance)} count`;
}

/** Feedback written for a typed answer: keyed by the figure or the words, compared loosely. */
export function feedbackFor(feedback: Record<string, string> | null, given: string | undefined): string | null {
  if (!feedback || given === undefined) return null;
  const wanted = given.trim().toLowerCase();
  const hit = Object.entries(feedback).find(([k]) => k.trim().toLowerCase() === wanted);
  return hit ? hit[1] : null;
}

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
