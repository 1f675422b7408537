import { z } from "zod";
import { defineAction } from "./define-action";
import { bundleMaxBytes } from "@/lib/content/bundle-schema";
import { readStagedBundle, signStagedBundle } from "@/lib/content/bundle-staging";
import type { ImportCounts, ImportPlan } from "@/lib/content/bundle-import";
import { importContentBundle as importBundle, previewContentImport } from "@/lib/data/content-transfer";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";

/** What the transfer page shows after each step. */
export type BundleImportResult =
  | { kind: "preview"; plan: Omit<ImportPlan, "conflicts">; staged: string }
  | { kind: "errors"; errors: string[] }
  | { kind: "imported"; counts: ImportCounts };

const maxKb = Math.round(bundleMaxBytes / 1024);

/** Step 1 (preview) takes the file; step 2 (confirm) the preview's signed field. */
const BundleImportSchema = z.discriminatedUnion(
  "step",
  [
    z.object({
      step: z.literal("preview"),
      // An empty file input still sends a (nameless, empty) file: that means "no file".
      file: z
        .instanceof(File, { error: "Choose a bundle file (.json)." })
        .refine((f) => f.size > 0, "Choose a bundle file (.json).")
        .refine((f) => f.size <= bundleMaxBytes, `A bundle may be at most ${maxKb} KB: export and import one quiz set at a time.`),
    }),
    z.object({
      step: z.literal("confirm"),
      staged: z.string({ error: "Preview the file first." }).min(1, "Preview the file first.").max(bundleMaxBytes * 2, "Preview the file first."),
    }),
  ],
  { error: "Preview the file first." },
);

export const importContentBundle = defineAction({
  name: "importContentBundle",
  access: ["ADMIN"],
  schema: BundleImportSchema,
  async handler(input, context) {
    const admin = context.user!;
    const secret = env().AUTH_SECRET;
    if (input.step === "preview") {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        throw new ValidationError("The file is not UTF-8 text: is it a Cited bundle (.json)?", { file: ["The file is not UTF-8 text."] });
      }
      const preview = await previewContentImport(admin, text);
      if (!preview.ok) {
        const data: BundleImportResult = { kind: "errors", errors: preview.errors };
        const count = preview.errors.length === 1 ? "1 problem" : `${preview.errors.length} problems`;
        return { message: `The bundle has ${count}: nothing was imported. Fix the file and upload it again.`, data };
      }
      const data: BundleImportResult = { kind: "preview", plan: preview.plan, staged: signStagedBundle(secret, admin.id, text) };
      return { message: "The bundle is valid. Check what it will create, then confirm.", data };
    }
    const text = readStagedBundle(secret, input.staged, admin.id);
    if (text === null) throw new ValidationError("This preview is more than an hour old or was changed. Upload the file again.");
    const outcome = await importBundle(admin, text);
    if (!outcome.imported) {
      const data: BundleImportResult = { kind: "errors", errors: outcome.errors };
      return { message: "The content changed since the preview, so nothing was imported:", data };
    }
    const data: BundleImportResult = { kind: "imported", counts: outcome.counts };
    return { message: "Imported.", data, effects: { revalidate: ["/admin/transfer"] } };
  },
});
