// A search box's text as a LIKE/ILIKE pattern that matches it anywhere, literally: % and _ (and
// the escape character itself) lose their wildcard meaning. PostgreSQL's default escape is "\".
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
