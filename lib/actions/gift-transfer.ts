// GIFT import (admins): upload or paste → preview (questions, types, warnings, or line-level
// errors) → confirm → every question imported as a draft, or nothing. Each step is a plain form
// post, so it works without JavaScript; the preview carries the text to the confirmation in a
// hidden field, and the confirmation parses and checks it all again.
import { z } from "zod";
import { defineAction } from "./define-action";
import { MAX_GIFT_BYTES } from "@/lib/content/gift/parse";
import { importGift, previewGiftImport, type GiftImportTarget, type GiftPreview } from "@/lib/data/gift-import";
import { ValidationError } from "@/lib/errors";

const sizeMessage = `A GIFT import takes at most ${MAX_GIFT_BYTES / 1024} KB: split the file.`;

const GiftImportSchema = z.object({
  step: z.enum(["preview", "confirm"], { error: "Preview the file first." }),
  // An empty file input still sends a (nameless, empty) file: that means "no file".
  file: z
    .instanceof(File)
    .optional()
    .transform((f) => (f && f.size > 0 ? f : undefined)),
  gift: z.string().max(MAX_GIFT_BYTES, sizeMessage).optional(),
  target: z.enum(["bank", "set", "new-set"]).default("bank"),
  setSlug: z.string().max(200).optional(),
  setTitle: z.string().max(200, "At most 200 characters.").optional(),
});

/** What the GIFT page shows after each step. */
export type GiftImportResult =
  | { kind: "preview"; preview: GiftPreview; text: string | null; problem?: string }
  | { kind: "imported"; questions: { id: string; label: string; citations: number }[]; quizSet: { slug: string; title: string } | null };

function decode(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_GIFT_BYTES) {
    throw new ValidationError(`The file is ${Math.ceil(bytes.byteLength / 1024)} KB. ${sizeMessage}`, { file: [sizeMessage] });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const message = "The file is not UTF-8 text: save it as UTF-8 and upload it again.";
    throw new ValidationError(message, { file: [message] });
  }
}

function targetOf(input: z.infer<typeof GiftImportSchema>): GiftImportTarget {
  if (input.target === "set") {
    if (!input.setSlug) throw new ValidationError("Choose the quiz set to add the questions to.", { setSlug: ["Choose a quiz set."] });
    return { kind: "set", slug: input.setSlug };
  }
  if (input.target === "new-set") {
    const title = input.setTitle?.trim() ?? "";
    if (!title) throw new ValidationError("Give the new quiz set a title.", { setTitle: ["Give the new quiz set a title."] });
    return { kind: "new-set", title };
  }
  return { kind: "bank" };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const importGiftFile = defineAction({
  name: "importGiftFile",
  access: ["ADMIN"],
  schema: GiftImportSchema,
  async handler(input, context) {
    const admin = context.user!;
    const text = input.file ? decode(new Uint8Array(await input.file.arrayBuffer())) : (input.gift ?? "");
    if (text.trim() === "") throw new ValidationError("Choose a GIFT file or paste its text.", { file: ["Choose a GIFT file or paste its text."] });

    if (input.step === "preview") {
      const preview = await previewGiftImport(admin, text);
      const ready = preview.errors.length === 0 && preview.questions.length > 0;
      const data: GiftImportResult = { kind: "preview", preview, text: ready ? text : null };
      const message = ready
        ? `Ready: ${count(preview.questions.length, "question", "questions")}${preview.warnings.length ? ` and ${count(preview.warnings.length, "warning", "warnings")}` : ""}. Check them, then import.`
        : `${count(preview.errors.length, "problem", "problems")} in the file: fix ${preview.errors.length === 1 ? "it" : "them"} and preview again. Nothing is imported until every question reads.`;
      return { message, data };
    }

    let target: GiftImportTarget;
    try {
      target = targetOf(input);
    } catch (error) {
      // The preview stays on the page with the reason, so the file need not be chosen again.
      if (!(error instanceof ValidationError)) throw error;
      const data: GiftImportResult = { kind: "preview", preview: await previewGiftImport(admin, text), text, problem: error.message };
      return { message: error.message, data };
    }
    const outcome = await importGift(admin, text, target);
    if (!outcome.imported) {
      const data: GiftImportResult = { kind: "preview", preview: outcome.preview, text: null };
      return { message: "The file has problems now, so nothing was imported: see below.", data };
    }
    const data: GiftImportResult = { kind: "imported", questions: outcome.questions, quizSet: outcome.quizSet };
    const where = outcome.quizSet ? ` and added to “${outcome.quizSet.title}”` : "";
    return {
      message: `Imported ${count(outcome.questions.length, "draft question", "draft questions")}${where}. Each needs a citation that resolves before it can be published.`,
      data,
      effects: { revalidate: ["/admin/transfer/gift"] },
    };
  },
});
