// Carries an import's file from its preview to its confirmation in a hidden form field: the
// text and which emails the preview said it would create, signed for the admin it was shown to
// (lib/identity/signed-form-field.ts). The confirmation still parses and checks every row again
// against the database.
import { createHash } from "node:crypto";
import { readFormField, signFormField, signedFieldLifetimeMs } from "./signed-form-field";

export const stagingLifetimeMs = signedFieldLifetimeMs;

export type StagedImport = { adminId: string; text: string; creates: string };

/** A digest of the emails an import will create, to tell whether anything changed since the preview. */
export function createsDigest(emails: string[]): string {
  return createHash("sha256").update([...emails].sort().join("\n")).digest("base64url");
}

const options = { purpose: "user-import" };

export function signStagedImport(secret: string, staged: StagedImport, now = Date.now()): string {
  return signFormField(secret, staged.adminId, { text: staged.text, creates: staged.creates }, options, now);
}

/** The staged import, or null when the field was altered, is for another admin, or is older than an hour. */
export function readStagedImport(secret: string, field: string, adminId: string, now = Date.now()): StagedImport | null {
  const value = readFormField(secret, field, adminId, options, now);
  if (value?.text === undefined || value.creates === undefined) return null;
  return { adminId, text: value.text, creates: value.creates };
}
