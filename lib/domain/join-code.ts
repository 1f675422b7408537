// Class join codes: short enough to read off a projector and type on a phone, drawn from an
// alphabet without look-alikes (no 0/O, 1/I/L), with crypto randomness. What people type is
// normalised before it is looked up; codes made before this alphabet (the seed's ALASKA25, a
// test's OTHER001) still match exactly, so the lookup accepts any letters and digits.

export const joinCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const joinCodeLength = 8;

/** Random bytes; crypto.getRandomValues by default, a fixed source in tests. */
export type ByteSource = (length: number) => Uint8Array;

const cryptoBytes: ByteSource = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/**
 * A fresh code. Bytes at or above the largest multiple of the alphabet's size are dropped
 * (rejection sampling), so every character is equally likely.
 */
export function generateJoinCode(bytes: ByteSource = cryptoBytes): string {
  const size = joinCodeAlphabet.length;
  const limit = 256 - (256 % size);
  let code = "";
  while (code.length < joinCodeLength) {
    for (const byte of bytes(joinCodeLength * 2)) {
      if (byte < limit && code.length < joinCodeLength) code += joinCodeAlphabet[byte % size];
    }
  }
  return code;
}

/** What was typed or pasted, as it is stored: trimmed, upper-case, without spaces or dashes. */
export function normaliseJoinCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s\-‐‑‒–—]+/g, "");
}

/** Could this (normalised) text be a code at all? Anything else is a wrong code without a query. */
export function isPlausibleJoinCode(code: string): boolean {
  return /^[A-Z0-9]{4,16}$/.test(code);
}

/** The code in groups of four for reading aloud or off a screen: "ALAS KA25". */
export function groupJoinCode(code: string): string[] {
  return code.match(/.{1,4}/g) ?? [];
}
