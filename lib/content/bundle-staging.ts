// Carries an uploaded bundle from its preview to its confirmation in a hidden form field, gzipped
// (a bundle may be close to a megabyte) and signed (lib/identity/signed-form-field.ts). The
// confirmation checks the whole bundle again, against the database as it is then.
import { readFormField, signFormField, signedFieldLifetimeMs } from "@/lib/identity/signed-form-field";

export const bundleStagingLifetimeMs = signedFieldLifetimeMs;

const options = { purpose: "bundle-import", compress: true };

export function signStagedBundle(secret: string, adminId: string, text: string, now = Date.now()): string {
  return signFormField(secret, adminId, { text }, options, now);
}

/** The bundle's text, or null when the field was altered, is for another admin, or is older than an hour. */
export function readStagedBundle(secret: string, field: string, adminId: string, now = Date.now()): string | null {
  return readFormField(secret, field, adminId, options, now)?.text ?? null;
}
