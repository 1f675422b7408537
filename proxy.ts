// Runs before every page request. It adds the Content-Security-Policy (with a fresh
// nonce for Next's own scripts), refuses server-action posts from another origin early, slides
// the session's idle timeout, and sends anonymous visitors of private pages to sign in. It
// never decides access: pages, actions and lib/data check the user themselves.
import { NextResponse, type NextRequest } from "next/server";
import { session } from "@/lib/auth/config";
import { secureCookiesFor } from "@/lib/auth/cookie-security";
import { decodeSession, encodeSession, needsRefresh, touched } from "@/lib/auth/token";

const privatePrefixes = ["/account", "/admin"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; no inline <style> comes from user content (Markdown is sanitised).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !sameOrigin(request)) {
    return new NextResponse("This form was sent from another site, so it was refused.", { status: 403 });
  }

  const secret = process.env.AUTH_SECRET ?? "";
  const token = request.cookies.get(session.cookie)?.value;
  const claims = token && secret ? await decodeSession(token, secret) : null;

  const { pathname, search } = request.nextUrl;
  if (!claims && privatePrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);

  if (claims && needsRefresh(claims)) {
    const { token: refreshed, maxAge } = await encodeSession(touched(claims), secret);
    response.cookies.set(session.cookie, refreshed, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookiesFor(process.env.NODE_ENV, request.headers.get("host")),
      path: "/",
      maxAge,
    });
  }
  return response;
}

// Route handlers under /api/ answer JSON, check the caller themselves and get the static
// security headers from next.config.js: the proxy would only add cost to the autosave hot path.
export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
