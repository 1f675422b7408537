import "server-only";
// The one place that knows who is asking: getCurrentUser / requireUser / requireRole. A token is
// trusted only after the database confirms the user exists, is enabled, and still has the
// session version the token was issued with (sign-out, a password or role change, or disabling
// bump it). The proxy refreshes cookies; it never decides access.
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { env } from "@/lib/env";
import { findSessionUser } from "@/lib/data/users";
import { deviceCookie, session } from "@/lib/identity/config";
import { secureCookiesFor } from "@/lib/identity/cookie-security";
import { deviceToken } from "@/lib/identity/device";
import { decodeSession, encodeSession, freshClaims, type SessionClaims } from "@/lib/identity/token";
import type { Role, Viewer } from "@/lib/identity/viewer";

export type CurrentUser = Viewer & { email: string; name: string };

async function secureCookies(): Promise<boolean> {
  return secureCookiesFor(env().APP_URL);
}

export async function sessionFromClaims(claims: SessionClaims | null): Promise<CurrentUser | null> {
  if (!claims) return null;
  const user = await findSessionUser(claims.userId);
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

/**
 * The claims of this request's session token, NOT yet checked against the database: only for
 * getCurrentUser, which checks them. (A route handler reads them from its Request:
 * lib/auth/request-session.ts.)
 */
const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const token = (await cookies()).get(session.cookie)?.value;
  return decodeSession(token, env().AUTH_SECRET);
});

/** The signed-in user of this request, or null. Cached for the request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => sessionFromClaims(await getSessionClaims()));

/** For pages: the user, or a redirect to sign in (coming back here afterwards). */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For pages: a user with one of `roles`, else sign-in (anonymous) or 403 (signed in). */
export async function requireRole(roles: Role[], returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!roles.some((role) => user.roles.includes(role))) forbidden();
  return user;
}

export async function startSession(user: { id: string; email: string; sessionVersion: number }) {
  const { token, maxAge } = await encodeSession(freshClaims(user.id, user.sessionVersion), env().AUTH_SECRET);
  const secure = await secureCookies();
  const jar = await cookies();
  jar.set(session.cookie, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge });
  jar.set(deviceCookie.name, deviceToken(user, env().AUTH_SECRET), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: deviceCookie.maxAgeSeconds,
  });
}

export async function endSessionCookie() {
  (await cookies()).delete(session.cookie);
}
