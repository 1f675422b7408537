// Session tokens: next-auth's JWT (encrypted and authenticated with A256GCM, key derived from
// AUTH_SECRET). The claims are the user id, the user's session version when it was issued, the
// sign-in time (absolute timeout) and the last use (idle timeout, via `exp`).
import { decode, encode } from "next-auth/jwt";
import { session } from "./config";

export type SessionClaims = { userId: string; sessionVersion: number; authTime: number; lastSeen: number };

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Seconds until the token must expire: the earlier of the idle and absolute limits. */
function lifetime(claims: SessionClaims, now: number): number {
  return Math.max(0, Math.min(claims.lastSeen + session.idleSeconds, claims.authTime + session.absoluteSeconds) - now);
}

export async function encodeSession(claims: SessionClaims, secret: string): Promise<{ token: string; maxAge: number }> {
  const maxAge = lifetime(claims, nowSeconds());
  const token = await encode({
    secret,
    salt: session.cookie,
    maxAge,
    token: { sub: claims.userId, sv: claims.sessionVersion, auth: claims.authTime, seen: claims.lastSeen },
  });
  return { token, maxAge };
}

// Tokens this process has already decrypted and verified, with their claims. next-auth's decode
// derives the key from the secret (HKDF) and decrypts on every call: about a tenth of an
// autosave's CPU (profiled with scripts/bench/profile-autosave.ts). A tab sends the same token
// with every request until it is refreshed, so the exact token string, already authenticated,
// names its claims. Only decryption is skipped: the lifetime is checked on every call, and the
// session version, disabling and roles are checked against the database by every caller as
// before. Bounded like the other per-process caches (cleared when full).
const verified = new Map<string, SessionClaims>();
const maxVerified = 20_000;
let verifiedWith: string | null = null;

/** For tests: forget the tokens verified so far. */
export function forgetVerifiedTokens(): void {
  verified.clear();
}

async function claimsOf(token: string, secret: string): Promise<SessionClaims | null> {
  if (verifiedWith !== secret) {
    verified.clear();
    verifiedWith = secret;
  }
  const known = verified.get(token);
  if (known) return known;
  const payload = await decode({ token, secret, salt: session.cookie });
  if (!payload || typeof payload.sub !== "string") return null;
  const { sv, auth, seen } = payload as Record<string, unknown>;
  if (typeof sv !== "number" || typeof auth !== "number" || typeof seen !== "number") return null;
  const claims = { userId: payload.sub, sessionVersion: sv, authTime: auth, lastSeen: seen };
  if (verified.size >= maxVerified) verified.clear();
  verified.set(token, claims);
  return claims;
}

/** The claims of a valid, unexpired token; null for anything else (never throws). */
export async function decodeSession(token: string | undefined, secret: string): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const claims = await claimsOf(token, secret);
    return claims && lifetime(claims, nowSeconds()) > 0 ? { ...claims } : null;
  } catch {
    return null;
  }
}

export function freshClaims(userId: string, sessionVersion: number): SessionClaims {
  const now = nowSeconds();
  return { userId, sessionVersion, authTime: now, lastSeen: now };
}

/** The same session, used now (slides the idle timeout; never the absolute one). */
export function touched(claims: SessionClaims): SessionClaims {
  return { ...claims, lastSeen: nowSeconds() };
}

export function needsRefresh(claims: SessionClaims): boolean {
  return nowSeconds() - claims.lastSeen >= session.refreshAfterSeconds;
}
