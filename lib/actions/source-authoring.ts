import { z } from "zod";
import { defineAction } from "./define-action";
import { createSource, contentHash, publishSource as publish } from "@/lib/data/source-authoring";
import { correctSourceText as correct, getCorrectableSource } from "@/lib/data/source-revisions";
import { ConflictError, ValidationError } from "@/lib/errors";
import { parseSourceFields, type SourceFieldErrors } from "@/lib/domain/source-input";
import { choicesFromForm, defaultChoices, splitWithChoices, type LineChoice } from "@/lib/domain/source-layout";

/**
 * What the source form shows after a submit: the fields as sent, the line choices, and either
 * the review of a checked text (`reviewed`, the hash of the text the admin saw split) or the
 * problems. A refused save keeps all of it, so no choice is lost.
 */
export type SourceFormState = {
  kind: "source-form";
  refused: boolean;
  values: Record<string, string>;
  choices: Record<string, LineChoice>;
  reviewed: string | null;
  fieldErrors: SourceFieldErrors;
  problems: string[];
};

const field = z.string().max(250_000).optional();
// The line choices (`role-<n>`, `noncitable-<n>`) are read from the rest of the form.
const SourceFormSchema = z.looseObject({
  intent: z.enum(["preview", "save"]),
  mode: field,
  title: field,
  publisher: field,
  url: field,
  publishedAt: field,
  retrievedAt: field,
  text: z.string().max(1_000_000, "The text is far longer than the limit of 200,000 characters.").optional(),
  status: field,
  reviewed: field,
});
const CorrectionSchema = SourceFormSchema.extend({ sourceId: z.string().max(40) });

type SourceForm = z.infer<typeof SourceFormSchema>;

const formValues = (input: SourceForm): Record<string, string> =>
  Object.fromEntries(
    (["mode", "title", "publisher", "url", "publishedAt", "retrievedAt", "text", "status"] as const).map((k) => [k, input[k] ?? ""]),
  );

/**
 * The review step both forms share: checks the fields, splits the text as chosen. Returns the
 * state to show, and `ready` when a save may go ahead (fields fine, text split without problems
 * and unchanged since the admin last saw it split).
 */
function review(input: SourceForm, lockedMode?: "text") {
  const fields = lockedMode ? { ...input, mode: lockedMode } : input;
  const parsed = parseSourceFields(fields);
  // The text is reviewed as soon as it is fine itself, even while another field is refused, so
  // fixing that field alone is enough to save.
  const text = (fields.mode ?? "text") !== "link" && (input.text ?? "").trim() !== "" && !(!parsed.ok && parsed.fieldErrors.text) ? (input.text ?? "").replace(/\r\n?/g, "\n") : null;
  // A first preview has no line fields yet: it proposes the first line as the headline.
  const chosen = choicesFromForm(input);
  const choices = chosen.size === 0 && text !== null ? defaultChoices(text) : chosen;
  const problems = text !== null ? splitWithChoices(text, choices).problems : [];
  const hash = text !== null ? contentHash(text) : null;
  const state: SourceFormState = {
    kind: "source-form",
    refused: false,
    values: { ...formValues(input), ...(lockedMode ? { mode: lockedMode } : {}) },
    choices: Object.fromEntries([...choices].map(([line, choice]) => [String(line), choice])),
    reviewed: hash,
    fieldErrors: parsed.ok ? {} : parsed.fieldErrors,
    problems,
  };
  const seenSplit = !parsed.ok || parsed.value.text === null || input.reviewed === hash;
  return { state, parsed, choices, ready: parsed.ok && problems.length === 0 && seenSplit, seenSplit };
}

function refusal(state: SourceFormState, message: string) {
  return { message, data: { ...state, refused: true } satisfies SourceFormState };
}

function fromError(state: SourceFormState, error: unknown) {
  if (error instanceof ValidationError || error instanceof ConflictError) {
    return refusal({ ...state, fieldErrors: { ...state.fieldErrors, ...(error.fieldErrors ?? {}) } }, error.message);
  }
  throw error;
}

function previewMessage(state: SourceFormState): string {
  if (Object.keys(state.fieldErrors).length > 0) return "Check the highlighted fields.";
  if (state.problems.length > 0) return state.problems.join(" ");
  return state.values.mode === "link" ? "Check the details, then save." : "Check how each line is split and marked, then save.";
}

export const saveSource = defineAction({
  name: "saveSource",
  access: ["ADMIN"],
  schema: SourceFormSchema,
  async handler(input, context) {
    const { state, parsed, choices, ready, seenSplit } = review(input);
    if (input.intent === "preview") {
      const fine = Object.keys(state.fieldErrors).length === 0 && state.problems.length === 0;
      return fine ? { message: previewMessage(state), data: state } : refusal(state, previewMessage(state));
    }
    if (!ready || !parsed.ok) return refusal(state, seenSplit ? previewMessage(state) : "The text changed since the preview: check its lines below, then save.");
    try {
      const saved = await createSource(context.user, parsed.value, choices);
      return { message: "Source saved.", effects: { revalidate: ["/admin/sources"], redirectTo: `/admin/sources/${saved.id}?saved=1` } };
    } catch (error) {
      return fromError(state, error);
    }
  },
});

export const correctSourceText = defineAction({
  name: "correctSourceText",
  access: ["ADMIN"],
  schema: CorrectionSchema,
  async handler(input, context) {
    // Refused (404, or a source corrected already) before anything is shown or saved.
    await getCorrectableSource(context.user, input.sourceId);
    const { state, parsed, choices, ready, seenSplit } = review(input, "text");
    if (input.intent === "preview") {
      const fine = Object.keys(state.fieldErrors).length === 0 && state.problems.length === 0;
      return fine ? { message: previewMessage(state), data: state } : refusal(state, previewMessage(state));
    }
    if (!ready || !parsed.ok) return refusal(state, seenSplit ? previewMessage(state) : "The text changed since the preview: check its lines below, then save.");
    try {
      const saved = await correct(context.user, input.sourceId, parsed.value, choices);
      return {
        message: `Revision saved: ${saved.moved} quote(s) moved, ${saved.broken} to fix.`,
        effects: { revalidate: ["/admin/sources"], redirectTo: `/admin/sources/${saved.id}/recheck` },
      };
    } catch (error) {
      return fromError(state, error);
    }
  },
});

export const publishSource = defineAction({
  name: "publishSource",
  access: ["ADMIN"],
  schema: z.object({ sourceId: z.string().max(40) }),
  async handler(input, context) {
    await publish(context.user, input.sourceId);
    return { message: "Published. Its text can no longer change; a correction becomes a new revision.", effects: { revalidate: ["/admin/sources", `/admin/sources/${input.sourceId}`] } };
  },
});
