// GIFT's escapes: a backslash before ~ = # { } : makes it plain text, \n is a line break and \\ a
// backslash. The reader and the writer share these so that what one writes the other reads back.

/** The characters that mean something in GIFT and must be escaped in text. */
const special = /[\\~=#{}:]/g;

export function escapeGift(text: string): string {
  return text.replace(special, (ch) => `\\${ch}`).replace(/\n/g, "\\n");
}

/** Undoes escapeGift; a backslash before any other character is kept as it is. */
export function unescapeGift(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_all, ch: string) => (ch === "n" ? "\n" : ch));
}

/**
 * Where the unescaped `needle` first occurs in `text` at or after `from` (-1 if nowhere). A
 * character after a backslash never starts a match.
 */
export function findUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits `text` at every unescaped character of `separators`, keeping each piece's start offset. */
export function splitUnescaped(text: string, separators: string): { start: number; separator: string | null; text: string }[] {
  const pieces: { start: number; separator: string | null; text: string }[] = [];
  let start = 0;
  let separator: string | null = null;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (separators.includes(text[i])) {
      pieces.push({ start, separator, text: text.slice(start, i) });
      separator = text[i];
      start = i + 1;
    }
  }
  pieces.push({ start, separator, text: text.slice(start) });
  return pieces;
}
