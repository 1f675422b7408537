// One-time password links: a random token goes in the link, only its SHA-256 is stored. The
// token has 256 bits of randomness, so a plain (unsalted, fast) hash is enough: nobody can guess
// or brute-force it, and a stolen table holds nothing that opens an account.
import { createHash, randomBytes } from "node:crypto";

export type PasswordTokenPurpose = "RESET" | "SETUP";

/** How long each kind of link stays valid. */
export const passwordTokenLifetimeSeconds: Record<PasswordTokenPurpose | "ADMIN_RESET", number> = {
  RESET: 60 * 60, // "forgot password": an hour
  ADMIN_RESET: 24 * 60 * 60, // handed over by an admin: a day
  SETUP: 7 * 24 * 60 * 60, // a new account's first password: a week
};

export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newPasswordToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashPasswordToken(token) };
}

export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The link a person opens to set their password. */
export function passwordLink(baseUrl: string, token: string): string {
  return new URL(`/reset-password?token=${token}`, baseUrl).href;
}
