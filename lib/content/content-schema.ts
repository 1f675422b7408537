// The shape of the seed content files in prisma/seed/ (sources, facts with evidence, questions
// with citations, quiz sets). Checked with zod before anything is written.
import { z } from "zod";
import { questionTypeNames } from "@/lib/domain/question-types";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slugs are lower-case words joined by hyphens");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");
/** "2025", "2025-06" or "2025-06-15": how precise the as-of date is follows from its form. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "as-of dates are YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [year, month = "01", day = "01"] = value.split("-");
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
  }, "not a real date");

export const SourceFileSchema = z.object({
  slug,
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  url: z.url().nullable(),
  publishedAt: isoDate.nullable(),
  retrievedAt: isoDate.nullable(),
  textFile: z.string().min(1).nullable(),
  layout: z
    .object({
      headlineLine: z.number().int().positive().optional(),
      headingLines: z.array(z.number().int().positive()).optional(),
      relatedLines: z.array(z.number().int().positive()).optional(),
    })
    .nullable(),
  summary: z.string().nullable().optional(),
});

export const EvidenceFileSchema = z.object({
  source: slug,
  quote: z.string().min(1),
  // Whose figure or claim the quote gives and as of when, as this source states it: required
  // (null is a statement too: the source's own voice, or no date we could establish), so that a
  // citation never borrows its fact's label.
  claimant: z.string().trim().min(1, "a claimant is a name, or null for the source's own voice").nullable(),
  asOf: partialDate.nullable(),
  stance: z.enum(["SUPPORTS", "DISPUTES", "UPDATES"]).default("SUPPORTS"),
  note: z.string().min(1).optional(),
});

export const FactFileSchema = z.object({
  code: z.string().regex(/^F\d+$/),
  statement: z.string().min(1),
  kind: z.enum(["FACT", "FIGURE", "ATTRIBUTION", "QUOTE"]),
  attributedTo: z.string().min(1).nullable(),
  asOf: partialDate.nullable(),
  evidence: z.array(EvidenceFileSchema).min(1),
});

export const QuestionFileSchema = z.object({
  code: z.string().regex(/^Q\d+$/),
  type: z.enum(questionTypeNames),
  stem: z.string().min(1),
  options: z.unknown(),
  key: z.unknown(),
  feedback: z.unknown().optional(),
  explanation: z.string().min(1),
  points: z.number().int().positive().default(1),
  difficulty: z.number().int().min(1).max(5).default(2),
  tags: z.array(z.string()).default([]),
  citations: z.array(z.object({ fact: z.string(), quote: z.string().min(1) })).min(1),
});

export const QuizSetFileSchema = z.object({
  slug,
  title: z.string().min(1),
  description: z.string().default(""),
  isPublic: z.boolean().default(false),
  questions: z.array(z.string()).min(1),
});

export type SourceFile = z.infer<typeof SourceFileSchema>;
export type FactFile = z.infer<typeof FactFileSchema>;
export type QuestionFile = z.infer<typeof QuestionFileSchema>;
export type QuizSetFile = z.infer<typeof QuizSetFileSchema>;
