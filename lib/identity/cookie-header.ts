// Reading one cookie from a raw Cookie header, for code that has no framework's cookie jar: route
// handlers served outside Next.js (lib/auth/request-session.ts) and the benchmark's bare handler.

/** The value of cookie `name` in a Cookie header, or undefined. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
