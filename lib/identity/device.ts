// "Device cookies" (OWASP, blocking brute force): a browser that has signed in to an account
// gets an opaque token for it. When the account is locked because of failures elsewhere, that
// browser is still let through to try, against a budget of its own (higher, but still per
// account), so an attacker who keeps failing cannot lock the real user out.
//
// The token is an HMAC of the account's id and session version: it names nobody (no email
// inside), and it stops counting when the session version moves on: at sign-out (which ends
// every session), a password change, a role change or disabling.
import { createHmac, timingSafeEqual } from "node:crypto";

type Account = { id: string; sessionVersion: number };

export function deviceToken(account: Account, secret: string): string {
  return createHmac("sha256", secret).update(`device:${account.id}:${account.sessionVersion}`).digest("base64url");
}

/** True when `token` is this account's current device token. */
export function deviceTrusted(token: string | null | undefined, account: Account, secret: string): boolean {
  if (!token || token.length > 100) return false;
  const given = Buffer.from(token);
  const expected = Buffer.from(deviceToken(account, secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
