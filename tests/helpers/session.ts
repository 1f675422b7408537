// Signs a user in without the form: a session token minted with the app's own secret and the
// user's current session version, exactly as a real sign-in would issue it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { session } from "@/lib/identity/config";
import { encodeSession, freshClaims } from "@/lib/identity/token";

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the tests through `npm test`.");
  return secret;
}

export async function sessionCookieFor(prisma: PrismaClient, email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const { token } = await encodeSession(freshClaims(user.id, user.sessionVersion), authSecret());
  return { name: session.cookie, value: token };
}
