// Carries an import's file from its preview to its confirmation in a hidden form field (no
// server-side state, works without JavaScript): the text, the admin it was shown to, when, and
// which emails the preview said it would create, signed with HMAC-SHA256. The signature only
// proves that this admin saw this preview recently; the confirmation still parses and checks
// every row again against the database.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const stagingLifetimeMs = 60 * 60 * 1000;

export type StagedImport = { adminId: string; text: string; creates: string };

/** A digest of the emails an import will create, to tell whether anything changed since the preview. */
export function createsDigest(emails: string[]): string {
  return createHash("sha256").update([...emails].sort().join("\n")).digest("base64url");
}

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`cited:user-import:${payload}`).digest("base64url");
}

export function signStagedImport(secret: string, staged: StagedImport, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ a: staged.adminId, c: staged.text, d: staged.creates, t: now })).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

/** The staged import, or null when the field was altered, is for another admin, or is older than an hour. */
export function readStagedImport(secret: string, field: string, adminId: string, now = Date.now()): StagedImport | null {
  const [payload, signature, extra] = field.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { a: unknown; c: unknown; d: unknown; t: unknown };
    if (data.a !== adminId || typeof data.c !== "string" || typeof data.d !== "string" || typeof data.t !== "number") return null;
    if (now - data.t > stagingLifetimeMs || data.t > now + 60_000) return null;
    return { adminId, text: data.c, creates: data.d };
  } catch {
    return null;
  }
}
