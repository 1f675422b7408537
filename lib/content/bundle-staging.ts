// Carries an uploaded bundle from its preview to its confirmation in a hidden form field (no
// server-side state, works without JavaScript), gzipped and signed with HMAC-SHA256 together
// with the admin it was shown to and when. The signature only proves that this admin saw this
// preview within the hour; the confirmation checks the whole bundle again, against the
// database as it is then.
import { createHmac, timingSafeEqual } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

export const bundleStagingLifetimeMs = 60 * 60 * 1000;

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`cited:bundle-import:${payload}`).digest("base64url");
}

export function signStagedBundle(secret: string, adminId: string, text: string, now = Date.now()): string {
  const payload = gzipSync(Buffer.from(JSON.stringify({ a: adminId, t: now, c: text }))).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

/** The bundle's text, or null when the field was altered, is for another admin, or is older than an hour. */
export function readStagedBundle(secret: string, field: string, adminId: string, now = Date.now()): string | null {
  const [payload, signature, extra] = field.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(gunzipSync(Buffer.from(payload, "base64url")).toString("utf8")) as { a: unknown; t: unknown; c: unknown };
    if (data.a !== adminId || typeof data.c !== "string" || typeof data.t !== "number") return null;
    if (now - data.t > bundleStagingLifetimeMs || data.t > now + 60_000) return null;
    return data.c;
  } catch {
    return null;
  }
}
