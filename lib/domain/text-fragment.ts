// Text fragments (`#:~:text=`) deep-link to words on another site's page. Browsers match them
// loosely, but a fragment that does not match lands silently at the top of the page, so the
// quote is always shown beside the link as well.

const maxExactLength = 80;

/** Percent-encodes a fragment term; `-`, `,` and `&` have a meaning in the directive. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * Builds `url#:~:text=...` for `quote`. A long quote becomes `start,end` (its first and last
 * few words) so that the link survives small differences in the middle.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return url;
  const base = url.split("#")[0];
  const phrase = words.join(" ");
  if (phrase.length <= maxExactLength || words.length < 8) return `${base}#:~:text=${encodeTerm(phrase)}`;
  const start = words.slice(0, 4).join(" ");
  const end = words.slice(-4).join(" ");
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
