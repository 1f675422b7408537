// Evidence from a source we only link to (no text kept) cannot be checked against the text, so
// the quote itself has to carry the claim: a phrase that says something ("sent a personal letter
// to Putin", "over 19,000 children"), not a bare name or place ("Melania Trump", "Alaska") that
// would "support" any fact mentioning it.

export const MIN_LINK_ONLY_WORDS = 4;

export type PhraseCheck = { ok: true } | { ok: false; message: string };

// Short function words and common verbs of reporting: a phrase with one of these (or a number,
// or a lower-case word that looks inflected) is making a statement rather than naming something.
const verbs = new Set([
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
  "may", "might", "must", "shall", "should", "said", "says", "say", "told", "tells", "wrote", "writes", "sent", "sends", "gave",
  "gives", "took", "takes", "made", "makes", "met", "meets", "won", "lost", "left", "brought", "bring", "returned", "deported",
  "issued", "reported", "confirmed", "denied", "claimed", "announced", "delivered", "signed", "held", "holds", "reached", "passed",
]);

const words = (phrase: string) => phrase.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
const isCapitalised = (word: string) => /^\p{Lu}/u.test(bare(word));
const hasNumber = (word: string) => /\p{N}/u.test(word);
const looksLikeVerb = (word: string) => {
  const w = bare(word).toLowerCase();
  return verbs.has(w) || (!isCapitalised(word) && /(ed|ing|es)$/.test(w) && w.length > 4);
};

/** Is this quote, from a link-only source, a phrase that can support a fact? */
export function checkLinkOnlyPhrase(phrase: string): PhraseCheck {
  const all = words(phrase);
  if (all.length === 0) return { ok: false, message: "The quote is empty." };
  const nameOnly = all.every((w) => isCapitalised(w) || !/\p{L}/u.test(bare(w)));
  if (all.length < MIN_LINK_ONLY_WORDS) {
    return {
      ok: false,
      message: `“${phrase.trim()}” is ${nameOnly ? "only a name" : "too short"}: quote at least ${MIN_LINK_ONLY_WORDS} words of the source that say what the fact says.`,
    };
  }
  if (nameOnly) return { ok: false, message: `“${phrase.trim()}” only names someone or something: quote the words that say what the fact says.` };
  if (!all.some((w) => hasNumber(w) || looksLikeVerb(w))) {
    return { ok: false, message: `“${phrase.trim()}” does not say anything happened: quote words with the claim itself (a verb or a figure).` };
  }
  return { ok: true };
}
