// The inputs of the fact and evidence forms. "As of" is typed as 2025, 2025-08 or 2025-08-15:
// the form of the date is its precision (year, month or day), so the two cannot disagree.
import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { idPattern } from "./ids";

export type AsOf = { asOf: Date; asOfPrecision: "YEAR" | "MONTH" | "DAY" } | { asOf: null; asOfPrecision: null };

/** Reads "2025", "2025-08" or "2025-08-15" (a real calendar date); null for anything else. */
export function parseAsOf(value: string): AsOf | null {
  const text = value.trim();
  if (text === "") return { asOf: null, asOfPrecision: null };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m ?? 1) - 1 || date.getUTCDate() !== Number(d ?? 1)) return null;
  return { asOf: date, asOfPrecision: d ? "DAY" : m ? "MONTH" : "YEAR" };
}

/** The date as typed back into the form: "2025", "2025-08" or "2025-08-15". */
export function asOfText(asOf: Date | null, precision: string | null): string {
  if (!asOf) return "";
  const iso = asOf.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

const asOfField = z
  .string()
  .max(10, "Type the date as 2025, 2025-08 or 2025-08-15.")
  .optional()
  .transform((v, ctx) => {
    const parsed = parseAsOf(v ?? "");
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "Type the date as 2025, 2025-08 or 2025-08-15." });
      return z.NEVER;
    }
    return parsed;
  });

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters.`)
    .refine(noControlCharacters.check, noControlCharacters.message)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : null));

const Id = (what: string) => z.string({ error: `Choose ${what}.` }).regex(idPattern, `Choose ${what}.`);

export const FactFieldsSchema = z.object({
  statement: z.string({ error: "Write the fact." }).trim().min(5, "Write the fact as a sentence.").max(1000, "At most 1000 characters.").refine(noControlCharacters.check, noControlCharacters.message),
  kind: z.enum(["FACT", "FIGURE", "ATTRIBUTION", "QUOTE"], { error: "Choose a kind." }),
  code: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.string().regex(/^[A-Za-z0-9-]{1,20}$/, "A short handle of letters, digits and dashes, like F12.").nullable()),
  attributedTo: optionalText(200),
  asOf: asOfField,
});

export const CreateFactSchema = FactFieldsSchema;
export const UpdateFactSchema = FactFieldsSchema.extend({ factId: Id("a fact") });

const EvidenceFieldsSchema = z.object({
  factId: Id("a fact"),
  sourceId: Id("a source"),
  stance: z.enum(["SUPPORTS", "DISPUTES", "UPDATES"], { error: "Choose a stance." }),
  note: optionalText(1000),
  claimant: optionalText(200),
  asOf: asOfField,
});

export const EvidenceBySpanSchema = EvidenceFieldsSchema.extend({
  start: z.coerce.number({ error: "Select words in the source first." }).int().min(0, "Select words in the source first."),
  end: z.coerce.number({ error: "Select words in the source first." }).int().min(1, "Select words in the source first."),
});

export const EvidenceByQuoteSchema = EvidenceFieldsSchema.extend({
  quote: z.string({ error: "Paste the quote." }).trim().min(1, "Paste the quote.").max(2000, "At most 2000 characters.").refine(noControlCharacters.check, noControlCharacters.message),
  /** Where the chosen occurrence starts, once the admin has picked one of several. */
  occurrence: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).optional()),
});

export const DeleteEvidenceSchema = z.object({ evidenceId: Id("evidence") });

export const SaveDraftsSchema = z.object({
  factId: Id("a fact"),
  "proposals[]": z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(["numeric", "true-false", "who-said-it", "ordering", "which-source"], { error: "Unknown proposal." })).min(1, "Choose at least one proposal.")),
});

export const FactListSchema = z.object({
  q: z.string().max(100).refine(noControlCharacters.check).optional().catch(undefined),
});

export type FactFields = z.output<typeof FactFieldsSchema>;
export type EvidenceFields = z.output<typeof EvidenceFieldsSchema>;
