// NIST SP 800-63B / OWASP ASVS 2.1: length, not composition. 8 to 128 characters of any
// Unicode (counted as code points, after NFC so that one accented letter counts once), and not
// a well-known password.
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const minPasswordLength = 8;
export const maxPasswordLength = 128;

export function passwordProblem(password: string): string | null {
  const length = [...password.normalize("NFC")].length;
  if (length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (length > maxPasswordLength) return `Use at most ${maxPasswordLength} characters.`;
  if (isCommonPassword(password)) return "This password is too common: choose one that is harder to guess.";
  return null;
}

/** A new password, checked against the policy (the value is kept as typed, normalised to NFC). */
export const NewPasswordSchema = z
  .string({ error: "Choose a password." })
  .transform((value) => value.normalize("NFC"))
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
