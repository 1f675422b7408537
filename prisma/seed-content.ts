// Writes the seed's content (prisma/seed/content.bundle.json, a Cited bundle) into the
// database through the same checks and the same import as an admin's upload
// (lib/content/bundle-check.ts, lib/content/bundle-import.ts), in seed mode: everything is keyed
// by its natural handle (slug, code) and what already exists is left as it is, so a second run
// changes nothing and never overwrites what an admin edited since.
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readBundle, type CheckedBundle } from "@/lib/content/bundle-check";
import { importCheckedBundle } from "@/lib/content/bundle-import";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed content has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}

/** Reads and checks a bundle file; a bundle with any problem is refused whole, with its lines. */
export async function loadSeedBundle(file: string): Promise<CheckedBundle> {
  const reading = readBundle(await readFile(file, "utf8"));
  if (!reading.ok) throw new ContentError(reading.errors);
  return reading.checked;
}

export async function seedContent(prisma: PrismaClient, checked: CheckedBundle): Promise<void> {
  await prisma.$transaction((tx) => importCheckedBundle(tx, checked, "seed"), { timeout: 120_000, maxWait: 20_000 });
}
