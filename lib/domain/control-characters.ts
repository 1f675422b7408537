// PostgreSQL text cannot hold NUL, and no name or answer needs control characters: refused with
// a message instead of failing in the database (which would be a 500).
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/** For zod's refine: `.refine(noControlCharacters.check, noControlCharacters.message)`. */
export const noControlCharacters = { message: "Remove the invisible control characters.", check: (value: string) => !hasControlCharacters(value) };
