// Text typed into a search box is searched for literally: `%` and `_` (LIKE's wildcards) and the
// escape character itself are escaped, so "b_n" does not find "Ben" and "%" does not list
// everyone. PostgreSQL's LIKE/ILIKE escape character is the backslash by default.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching `text` anywhere, for `ILIKE`. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
