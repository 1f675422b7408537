// Words for the review: what a source does to a fact (whose it is: lib/domain/evidence-label.ts).
export const stanceLabels: Record<string, string> = {
  SUPPORTS: "Confirms",
  DISPUTES: "Disputes",
  UPDATES: "Later update",
};
