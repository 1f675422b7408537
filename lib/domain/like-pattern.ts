// A user's search text as a SQL LIKE pattern that matches it literally anywhere: `%`, `_` and
// the escape character itself are escaped (use with `ESCAPE '\'`), so "100%" finds "100%",
// not "100" followed by anything.
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
