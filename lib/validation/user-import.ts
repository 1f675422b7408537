import { z } from "zod";
import { userImportLimits } from "@/lib/domain/user-import";

// Twice the file limit in characters leaves room for the signed, base64 hidden field.
const maxFieldLength = userImportLimits.maxBytes * 2;

/** Step 1 (preview) takes a file or pasted text; step 2 (confirm) takes the preview's signed field. */
export const UserImportSchema = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("preview"),
    // An empty file input still sends a (nameless, empty) file: that means "no file".
    file: z
      .instanceof(File)
      .optional()
      .transform((f) => (f && f.size > 0 ? f : undefined)),
    csv: z.string().max(maxFieldLength, `Paste at most ${userImportLimits.maxBytes / 1024} KB; upload larger lists in several files.`).optional(),
  }),
  z.object({
    step: z.literal("confirm"),
    staged: z.string({ error: "Preview the file first." }).min(1, "Preview the file first.").max(maxFieldLength * 2, "Preview the file first."),
  }),
], { error: "Preview the file first." });
