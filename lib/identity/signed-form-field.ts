// A value carried from a preview to its confirmation in a hidden form field (no server-side
// state, works without JavaScript), signed with HMAC-SHA256 together with the admin it was
// shown to and when. The signature only proves that this admin saw this preview recently; a
// confirmation still checks the whole value again against the database as it is then. Each use
// signs under its own purpose, so a field made for one form is refused by another.
import { createHmac, timingSafeEqual } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

export const signedFieldLifetimeMs = 60 * 60 * 1000;

type Options = { purpose: string; compress?: boolean };

function mac(secret: string, purpose: string, payload: string): string {
  return createHmac("sha256", secret).update(`cited:${purpose}:${payload}`).digest("base64url");
}

export function signFormField(secret: string, adminId: string, value: Record<string, string>, options: Options, now = Date.now()): string {
  const json = Buffer.from(JSON.stringify({ a: adminId, t: now, v: value }));
  const payload = (options.compress ? gzipSync(json) : json).toString("base64url");
  return `${payload}.${mac(secret, options.purpose, payload)}`;
}

/** The signed value, or null when the field was altered, is for another admin or purpose, or is older than an hour. */
export function readFormField(secret: string, field: string, adminId: string, options: Options, now = Date.now()): Record<string, string> | null {
  const [payload, signature, extra] = field.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, options.purpose, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const raw = Buffer.from(payload, "base64url");
    const data = JSON.parse((options.compress ? gunzipSync(raw) : raw).toString("utf8")) as { a: unknown; t: unknown; v: unknown };
    if (data.a !== adminId || typeof data.t !== "number" || typeof data.v !== "object" || data.v === null) return null;
    if (now - data.t > signedFieldLifetimeMs || data.t > now + 60_000) return null;
    const value = data.v as Record<string, unknown>;
    if (!Object.values(value).every((v) => typeof v === "string")) return null;
    return value as Record<string, string>;
  } catch {
    return null;
  }
}
