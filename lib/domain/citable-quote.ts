// The one rule for where a quote may point in a stored text: it must occur in the text (matched
// as lib/domain/quote-match.ts folds quotes, dashes and spaces), lie wholly inside citable
// sentences, and touch no "read also" teaser. Occurrences that fall in a non-citable line or a
// teaser do not count, so a phrase repeated in a heading still resolves to its one body sentence.
import { findQuote, type Span } from "./quote-match";

export type CitableSentence = { start: number; end: number; citable: boolean };

export type CitableQuoteResolution =
  | { ok: true; span: Span }
  | { ok: false; reason: "empty" | "not-found" | "ambiguous" | "not-citable"; message: string };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Whether a span lies in citable sentences only (the gaps between them are fine) and in no teaser. */
export function isCitableSpan(span: Span, sentences: CitableSentence[], teasers: Span[]): boolean {
  if (teasers.some((t) => overlaps(span, t))) return false;
  const touched = sentences.filter((s) => overlaps(span, s));
  return touched.length > 0 && touched.every((s) => s.citable);
}

/**
 * Resolves `quote` to exactly one citable span of `text`. `sentences` are the text's sentences
 * with their citable flags, `teasers` the spans of its teaser lines. With `near` (an offset), the
 * citable occurrence closest to it is taken when there are several; without it, several
 * citable occurrences are refused as ambiguous.
 */
export function resolveCitableQuote(
  text: string,
  quote: string,
  sentences: CitableSentence[],
  teasers: Span[],
  near?: number,
): CitableQuoteResolution {
  if (quote.trim().length === 0) return { ok: false, reason: "empty", message: "The quote is empty." };
  const found = findQuote(text, quote);
  if (found.length === 0) return { ok: false, reason: "not-found", message: `The quote does not occur in the source: “${quote}”.` };
  const citable = found.filter((span) => isCitableSpan(span, sentences, teasers));
  if (citable.length === 0) {
    return { ok: false, reason: "not-citable", message: `The quote occurs only in a heading, teaser or line marked not citable: “${quote}”.` };
  }
  if (citable.length === 1) return { ok: true, span: citable[0] };
  if (near === undefined) {
    return { ok: false, reason: "ambiguous", message: `The quote occurs ${citable.length} times in the source; quote more words so that it is unique.` };
  }
  return { ok: true, span: citable.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a)) };
}
