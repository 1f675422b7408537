// Resolving a pasted quote to the one place it may be cited. Where evidence may point is the
// facts pages' rule (lib/domain/evidence-quote.ts checkEvidenceSpan: inside sentences, none of
// them marked not citable, no "read also" teaser); this adds which occurrence a quote means.
// Occurrences the rule refuses do not count, so a phrase repeated in a heading still resolves
// to its one body sentence. Used to re-check quotes against a corrected text.
import { checkEvidenceSpan, type CitableSentence, type TeaserSpan } from "./evidence-quote";
import { findQuote, type Span } from "./quote-match";

export type { CitableSentence, TeaserSpan };

export type CitableQuoteResolution =
  | { ok: true; span: Span }
  | { ok: false; reason: "empty" | "not-found" | "ambiguous" | "not-citable"; message: string };

/** Whether evidence may point at `span` of `text` (the facts pages' rule). */
export function isCitableSpan(text: string, span: Span, sentences: CitableSentence[], teasers: TeaserSpan[]): boolean {
  return checkEvidenceSpan(text, span, sentences, teasers).ok;
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
  teasers: TeaserSpan[],
  near?: number,
): CitableQuoteResolution {
  if (quote.trim().length === 0) return { ok: false, reason: "empty", message: "The quote is empty." };
  const found = findQuote(text, quote);
  if (found.length === 0) return { ok: false, reason: "not-found", message: `The quote does not occur in the source: “${quote}”.` };
  const citable = found.filter((span) => isCitableSpan(text, span, sentences, teasers));
  if (citable.length === 0) {
    return { ok: false, reason: "not-citable", message: `The quote occurs only in a heading, teaser or line marked not citable: “${quote}”.` };
  }
  if (citable.length === 1) return { ok: true, span: citable[0] };
  if (near === undefined) {
    return { ok: false, reason: "ambiguous", message: `The quote occurs ${citable.length} times in the source; quote more words so that it is unique.` };
  }
  return { ok: true, span: citable.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a)) };
}
