// Finding a quoted span in a source's text. The text stays byte-exact; only the comparison is
// normalised, so a quote typed with straight quotes (or a different dash or run of spaces)
// still resolves to the exact span of the original.

const equivalents: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u2032": "'", // ′
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u2033": '"', // ″
  "\u2013": "-", // –
  "\u2014": "-", // —
  "\u2212": "-", // −
  "\u00A0": " ", // no-break space
};

type Folded = { text: string; origin: number[] };

/**
 * Folds typographic variants to ASCII and collapses whitespace runs to one space, keeping for
 * each folded character the offset it came from (plus one final entry for the end).
 */
function fold(input: string): Folded {
  let text = "";
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length; i++) {
    const raw = input[i];
    const ch = equivalents[raw] ?? raw;
    const isSpace = /\s/.test(ch);
    if (isSpace && lastWasSpace) continue;
    text += isSpace ? " " : ch;
    origin.push(i);
    lastWasSpace = isSpace;
  }
  origin.push(input.length);
  return { text, origin };
}

export type Span = { start: number; end: number };

/** Every place `quote` occurs in `text`, as [start, end) offsets into the original text. */
export function findQuote(text: string, quote: string): Span[] {
  const needle = fold(quote.trim()).text;
  if (needle.length === 0) return [];
  const haystack = fold(text);
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.text.indexOf(needle, from);
    if (at < 0) return spans;
    const lastChar = at + needle.length - 1;
    spans.push({ start: haystack.origin[at], end: haystack.origin[lastChar] + 1 });
    from = at + 1;
  }
}

export type QuoteResolution =
  | { ok: true; span: Span }
  | { ok: false; reason: "empty" | "not-found" | "ambiguous"; message: string };

/**
 * Resolves a quote to exactly one span. When it occurs more than once, `near` (an offset)
 * picks the closest occurrence; without it, an ambiguous quote is refused so that a citation
 * never silently points at the wrong sentence.
 */
export function resolveQuote(text: string, quote: string, near?: number): QuoteResolution {
  if (quote.trim().length === 0) return { ok: false, reason: "empty", message: "The quote is empty." };
  const spans = findQuote(text, quote);
  if (spans.length === 0) {
    return { ok: false, reason: "not-found", message: `The quote does not occur in the source: “${quote}”.` };
  }
  if (spans.length === 1) return { ok: true, span: spans[0] };
  if (near === undefined) {
    return {
      ok: false,
      reason: "ambiguous",
      message: `The quote occurs ${spans.length} times in the source; quote more words so that it is unique.`,
    };
  }
  const closest = spans.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
  return { ok: true, span: closest };
}
