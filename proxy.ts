// Runs before every page request. It adds the Content-Security-Policy (with a fresh
// nonce for Next's own scripts), refuses server-action posts from another origin early, slides
// the session's idle timeout, and sends anonymous visitors of private pages to sign in. It
// never decides access: pages, actions and lib/data check the user themselves.
import { NextResponse, type NextRequest } from "next/server";
import { session } from "@/lib/identity/config";
import { secureCookiesFor } from "@/lib/identity/cookie-security";
import { decodeSession, encodeSession, needsRefresh, touched } from "@/lib/identity/token";
import { sameOrigin } from "@/lib/http/same-origin";

const privatePrefixes = ["/account", "/admin"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // No inline styles at all: Tailwind builds one stylesheet, and bars and charts use SVG
    // attributes instead of style attributes (tested in tests/e2e/security-headers.spec.ts).
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A POST that runs a server action: with JavaScript (Next-Action header) or a plain HTML form. */
function isActionPost(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const type = request.headers.get("content-type") ?? "";
  return request.headers.has("next-action") || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

// Next.js itself answers a cross-site action post with a 500 ("Invalid Server Actions request");
// refusing it here gives the sender a plain 403 page instead.
const refusedText = "This form was sent from another site, so it was refused. Nothing was changed.";
const refusedPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Refused · Cited</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5"><h1>Refused</h1><p>This form was sent from another site, so it was refused. Nothing was changed.</p><p><a href="/">Go to Cited</a></p></body></html>`;

export async function proxy(request: NextRequest) {
  if (isActionPost(request) && !sameOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
    // A page's own fetch (Next-Action header) gets plain text; a browser's form post, a page.
    if (request.headers.has("next-action")) return new NextResponse(refusedText, { status: 403 });
    return new NextResponse(refusedPage, { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
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
      secure: secureCookiesFor(process.env.APP_URL),
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
