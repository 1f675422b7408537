import "server-only";
// The session as a route handler reads it from its Request, without next/headers: for handlers
// that also serve from the app server's fast lane, outside Next.js (lib/http/fast-lane.ts).
// The claims are NOT checked against the database here: the caller's data function checks them
// in its own query (the autosave statement does, in the same round trip as the write).
import { env } from "@/lib/env";
import { session } from "@/lib/identity/config";
import { cookieValue } from "@/lib/identity/cookie-header";
import { secureCookiesFor } from "@/lib/identity/cookie-security";
import { decodeSession, encodeSession, needsRefresh, touched, type SessionClaims } from "@/lib/identity/token";

/** The claims of the request's session token if it is valid and unexpired, else null. */
export async function sessionClaimsOf(request: Request): Promise<SessionClaims | null> {
  return decodeSession(cookieValue(request.headers.get("cookie"), session.cookie), env().AUTH_SECRET);
}

/**
 * The Set-Cookie header that slides the idle timeout, when one is due (the proxy does it for
 * pages). Only for claims the caller has just verified against the database.
 */
export async function refreshedSessionCookie(claims: SessionClaims): Promise<string | null> {
  if (!needsRefresh(claims)) return null;
  const { token, maxAge } = await encodeSession(touched(claims), env().AUTH_SECRET);
  const secure = secureCookiesFor(env().APP_URL) ? "; Secure" : "";
  return `${session.cookie}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}
