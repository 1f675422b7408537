// "Device cookies" (OWASP, blocking brute force): a browser that has signed in to an account
// gets a signed cookie naming that account. When the account is locked because of failures
// elsewhere, that browser is still let through to try (it has its own limit), so an attacker
// who keeps failing cannot lock the real user out.
import { createHmac, timingSafeEqual } from "node:crypto";

function mac(email: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`device:${email}`).digest();
}

export function signDevice(email: string, secret: string): string {
  return `${Buffer.from(email).toString("base64url")}.${mac(email, secret).toString("base64url")}`;
}

/** The account a device cookie was issued for, or null when it is missing or forged. */
export function verifyDevice(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const [encoded, signature] = value.split(".");
  if (!encoded || !signature) return null;
  const email = Buffer.from(encoded, "base64url").toString();
  const expected = mac(email, secret);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? email : null;
}
