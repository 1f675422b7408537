// The Cited bundle: one JSON document holding an instance's authored content (sources with their
// text and layout, facts with evidence, questions with every version, quiz sets), linked by
// natural handles rather than database ids, so that another Cited instance can import it whole.
// docs/decisions/022-cited-bundle.md explains the choices.
import { z } from "zod";
import { questionTypeNames } from "@/lib/domain/question-types";
import { partialDate } from "./bundle-dates";

export const bundleFormat = "cited-bundle";
export const bundleSchemaVersion = 1;
/**
 * The largest bundle an upload may be. A server action's request may be at most 1 MB (Next's
 * default), multipart overhead included; the seed bundle is about 100 KB. A larger instance is
 * exported and imported one quiz set at a time.
 */
export const bundleMaxBytes = 900 * 1024;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slugs are lower-case words joined by hyphens");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");
/** A bundle-local handle: letters, digits, "-" and "_" (a fact's code such as "F4" is one). */
const handle = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, "handles are letters, digits, - and _ (at most 80)");
const status = z.enum(["DRAFT", "PUBLISHED", "RETIRED"]);
const lineNumber = z.number().int().positive();

export const BundleSourceSchema = z.object({
  slug,
  title: z.string().trim().min(1, "a source needs a title"),
  publisher: z.string().trim().min(1).nullable(),
  // Shown as a link on the reader: only web addresses (never javascript: or data:).
  url: z.url({ protocol: /^https?$/, error: "a source's URL is an http(s) address" }).nullable(),
  publishedAt: isoDate.nullable(),
  retrievedAt: isoDate.nullable(),
  summary: z.string().nullable(),
  status,
  revision: z.number().int().positive(),
  /** The slug of the revision this one corrects (it must be in the bundle too). */
  previousRevision: slug.nullable(),
  /** Byte-exact text, lines separated by "\n"; null for a link-only source. */
  text: z.string().min(1).nullable(),
  layout: z
    .object({
      headlineLine: lineNumber.nullable(),
      headingLines: z.array(lineNumber),
      relatedLines: z.array(lineNumber),
      /** Sentence indexes (the `#s-<n>` anchors) an author marked as not citable. */
      nonCitableSentences: z.array(lineNumber),
    })
    .nullable(),
});

export const BundleSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() });

export const BundleEvidenceSchema = z.object({
  source: slug,
  quote: z.string().trim().min(1, "a quote is the source's own words"),
  /** Where the quote was matched, when the author picked one of several occurrences. */
  span: BundleSpanSchema.nullable(),
  stance: z.enum(["SUPPORTS", "DISPUTES", "UPDATES"]),
  note: z.string().trim().min(1).nullable(),
  claimant: z.string().trim().min(1, "a claimant is a name, or null for the source's own voice").nullable(),
  asOf: partialDate.nullable(),
  /** The evidence of the same fact on an earlier revision of the source, by that revision's slug. */
  carriedOverFrom: z.object({ source: slug, quote: z.string().min(1) }).nullable(),
});

export const BundleFactSchema = z.object({
  /** The bundle-local handle citations use: the fact's code when it has one. */
  id: handle,
  code: z.string().trim().min(1).nullable(),
  statement: z.string().trim().min(1),
  kind: z.enum(["FACT", "FIGURE", "ATTRIBUTION", "QUOTE"]),
  attributedTo: z.string().trim().min(1).nullable(),
  asOf: partialDate.nullable(),
  evidence: z.array(BundleEvidenceSchema),
});

export const BundleCitationSchema = z.object({ fact: handle, source: slug, quote: z.string().min(1) });

export const BundleVersionSchema = z.object({
  version: z.number().int().positive(),
  type: z.enum(questionTypeNames),
  stem: z.string().trim().min(1),
  options: z.unknown(),
  key: z.unknown(),
  feedback: z.unknown().nullable(),
  explanation: z.string(),
  points: z.number().int().positive(),
  difficulty: z.number().int().min(1).max(5),
  tags: z.array(z.string()),
  citations: z.array(BundleCitationSchema),
});

export const BundleQuestionSchema = z.object({
  /** The bundle-local handle quiz sets use: the question's code when it has one. */
  id: handle,
  code: z.string().trim().min(1).nullable(),
  status,
  /** The version students are shown now (null only for a draft that has none). */
  currentVersion: z.number().int().positive().nullable(),
  versions: z.array(BundleVersionSchema).min(1, "a question has at least one version"),
});

export const BundleQuizSetSchema = z.object({
  slug,
  // The set form's limits (lib/validation/set-authoring.ts): an imported set can be saved again
  // from its page without first cutting its title or description.
  title: z.string().trim().min(1).max(200, "keep a set's title under 200 characters"),
  description: z.string().max(2000, "keep a set's description under 2,000 characters"),
  status,
  isPublic: z.boolean(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  /** Question handles, in the set's order. */
  questions: z.array(handle),
});

const BundleBodySchema = z.object({
  format: z.literal(bundleFormat),
  schemaVersion: z.literal(bundleSchemaVersion),
  sources: z.array(BundleSourceSchema),
  facts: z.array(BundleFactSchema),
  questions: z.array(BundleQuestionSchema),
  quizSets: z.array(BundleQuizSetSchema),
});

/**
 * The header is checked on its own first: a file that is no bundle, or a bundle of a schema
 * version this instance does not know, is refused with that one message rather than a list of
 * every field a later version might have renamed.
 */
export const BundleHeaderSchema = z.object({
  format: z.literal(bundleFormat, { error: `this is not a Cited bundle: "format" must be "${bundleFormat}"` }),
  schemaVersion: z.number({ error: "\"schemaVersion\" must be a number" }).superRefine((version, ctx) => {
    if (version === bundleSchemaVersion) return;
    const message =
      version > bundleSchemaVersion
        ? `this bundle has schema version ${version}, newer than this Cited instance reads (${bundleSchemaVersion}): update Cited first`
        : `schema version ${version} is unknown: this Cited instance reads version ${bundleSchemaVersion}`;
    ctx.addIssue({ code: "custom", message });
  }),
});

export const BundleSchema = BundleBodySchema;

export type Bundle = z.infer<typeof BundleSchema>;
export type BundleSource = z.infer<typeof BundleSourceSchema>;
export type BundleFact = z.infer<typeof BundleFactSchema>;
export type BundleEvidence = z.infer<typeof BundleEvidenceSchema>;
export type BundleQuestion = z.infer<typeof BundleQuestionSchema>;
export type BundleVersion = z.infer<typeof BundleVersionSchema>;
export type BundleCitation = z.infer<typeof BundleCitationSchema>;
export type BundleQuizSet = z.infer<typeof BundleQuizSetSchema>;
