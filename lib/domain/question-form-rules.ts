// The rules the question editor's saves follow: when an edit may replace the current version and
// when it must add one, and which citations count towards publishing.
import { findQuote } from "./quote-match";

/** What has happened to a question's current version so far. */
export type VersionUse = { responses: number; inPublishedSets: number; inAssignments: number };

/**
 * A version someone may have seen or answered is history: a response points at it, a published
 * set shows it, or an assignment froze it. Editing then adds a version (the next number, made
 * current). A version no one has seen (a draft being written) is replaced in place: same number.
 */
export function saveModeFor(use: VersionUse): "replace" | "new-version" {
  return use.responses > 0 || use.inPublishedSets > 0 || use.inAssignments > 0 ? "new-version" : "replace";
}

export type CitedEvidence = { quote: string; start: number | null; end: number | null; source: { text: string | null } };

/**
 * A citation resolves when its quote can be shown where it was taken from: on a source kept in
 * Cited, the recorded span [start, end) is where the quote occurs in the source's text (quotes
 * and dashes folded, lib/domain/quote-match.ts); a link-only source (no text) is quoted by a
 * phrase that its text fragment link finds, so its evidence resolves as recorded.
 */
export function citationResolves(evidence: CitedEvidence): boolean {
  const { text } = evidence.source;
  if (text === null) return evidence.quote.trim() !== "";
  if (evidence.start === null || evidence.end === null) return false;
  return findQuote(text, evidence.quote).some((span) => span.start === evidence.start && span.end === evidence.end);
}

/** Publishing needs at least one citation that resolves; the message says what to do otherwise. */
export function publishProblem(citations: CitedEvidence[]): string | null {
  if (citations.length === 0) return "Cite at least one quote before publishing: tick it under Citations and save.";
  if (!citations.some(citationResolves)) return "None of the cited quotes can be found in its source any more. Cite a quote that resolves, then publish.";
  return null;
}
