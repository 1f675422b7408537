// When a source's text is corrected, each quote of the old revision is checked against the new
// text with the citable-quote rule: it moves when it resolves to one citable span, and is
// listed for the admin otherwise (gone, ambiguous, or now in a non-citable line or teaser).
import { resolveCitableQuote, type CitableSentence } from "./citable-quote";
import type { Span } from "./quote-match";

export type QuoteToCheck = { id: string; quote: string };
export type RecheckOutcome = {
  moves: { id: string; span: Span }[];
  broken: { id: string; reason: "empty" | "not-found" | "ambiguous" | "not-citable"; message: string }[];
};

export function recheckQuotes(newText: string, sentences: CitableSentence[], teasers: Span[], quotes: QuoteToCheck[]): RecheckOutcome {
  const outcome: RecheckOutcome = { moves: [], broken: [] };
  for (const { id, quote } of quotes) {
    const resolved = resolveCitableQuote(newText, quote, sentences, teasers);
    if (resolved.ok) outcome.moves.push({ id, span: resolved.span });
    else outcome.broken.push({ id, reason: resolved.reason, message: resolved.message });
  }
  return outcome;
}
