// Where evidence may point in a source's text: a span inside the text that touches at least one
// sentence, never a sentence an author marked as not citable (a heading, a teaser) and never a
// "read also" teaser (a RelatedLink span). Used both for a span chosen in the source reader and
// for each place a pasted quote occurs, so the two ways of attaching evidence follow one rule.
import { findQuote, type Span } from "./quote-match";

export type CitableSentence = { index: number; start: number; end: number; citable: boolean };
export type TeaserSpan = { start: number | null; end: number | null };

export type SpanCheck = { ok: true; span: Span; quote: string } | { ok: false; message: string };

const overlaps = (a: Span, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Trims the span's surrounding whitespace, so a selection dragged past a word keeps only the words. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Checks a [start, end) span of `text` against the citable rule and returns its exact words. */
export function checkEvidenceSpan(text: string, span: Span, sentences: CitableSentence[], teasers: TeaserSpan[]): SpanCheck {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
    return { ok: false, message: "The selection is not inside the source's text." };
  }
  const trimmed = trimSpan(text, span);
  if (trimmed.start >= trimmed.end) return { ok: false, message: "The selection holds no words." };
  if (teasers.some((t) => t.start !== null && t.end !== null && overlaps(trimmed, { start: t.start, end: t.end }))) {
    return { ok: false, message: "That is a “read also” teaser for another story, not a claim of this source: it cannot be cited." };
  }
  const touched = sentences.filter((s) => overlaps(trimmed, s));
  if (touched.length === 0) return { ok: false, message: "The selection is not in any sentence of the source." };
  const notCitable = touched.find((s) => !s.citable);
  if (notCitable) {
    return { ok: false, message: `Sentence ${notCitable.index} is marked as not citable (a heading or a teaser): quote words from the article's own sentences.` };
  }
  return { ok: true, span: trimmed, quote: text.slice(trimmed.start, trimmed.end) };
}

export type QuoteOccurrence = Span & {
  /** Up to `contextChars` characters either side, for the admin to tell the places apart. */
  before: string;
  match: string;
  after: string;
  /** Null when the occurrence may be cited; else why not. */
  refusal: string | null;
};

/** Every place a pasted quote occurs, each with its context and whether it may be cited there. */
export function quoteOccurrences(text: string, quote: string, sentences: CitableSentence[], teasers: TeaserSpan[], contextChars = 60): QuoteOccurrence[] {
  return findQuote(text, quote).map((span) => {
    const check = checkEvidenceSpan(text, span, sentences, teasers);
    const from = Math.max(0, span.start - contextChars);
    const to = Math.min(text.length, span.end + contextChars);
    return {
      ...span,
      before: (from > 0 ? "…" : "") + text.slice(from, span.start).replace(/\s+/g, " "),
      match: text.slice(span.start, span.end),
      after: text.slice(span.end, to).replace(/\s+/g, " ") + (to < text.length ? "…" : ""),
      refusal: check.ok ? null : check.message,
    };
  });
}
