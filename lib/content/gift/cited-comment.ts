// What Cited knows about a question that GIFT cannot hold (its code, points, difficulty, tags,
// citations, option ids, a numeric unit or relative tolerance, a short answer's length), carried
// in a `// cited: {…}` comment line just before the question. Moodle and every other GIFT reader
// skip comment lines, so the file stays plain GIFT; a Cited instance reads them back.
import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";

export const CITED_COMMENT_PREFIX = "// cited: ";

/** Text without control characters (PostgreSQL cannot store NUL): JSON could carry them as \u0000. */
const text = (max: number, min = 0) => z.string().min(min).max(max).refine(noControlCharacters.check, noControlCharacters.message);

/**
 * A citation by handles that mean the same in every instance: source slug and exact quote, with
 * the fact's code when the fact has one (facts recorded in the browser often have none). Without
 * a code the quote is found only when one piece of evidence in that source has those words.
 */
export const GiftCitationSchema = z.strictObject({
  fact: text(40, 1).optional(),
  source: text(200, 1),
  quote: text(5000, 1),
});
export type GiftCitation = z.infer<typeof GiftCitationSchema>;

const idList = z.array(text(32)).max(200);

export const CitedCommentSchema = z.strictObject({
  code: z.string().regex(/^Q\d+$/, "a question code looks like Q27").optional(),
  points: z.number().int().positive().max(100).optional(),
  difficulty: z.number().int().min(1).max(5).optional(),
  tags: z.array(text(60, 1)).max(50).optional(),
  cite: z.array(GiftCitationSchema).max(50).optional(),
  /** Option ids in order, when they are not the default a, b, c… (choice types, matching prompts). */
  ids: idList.optional(),
  /** A matching question's answers in Cited's order, ids included (GIFT lists them by use). */
  answers: z.array(z.strictObject({ id: text(32), text: text(5000) })).max(200).optional(),
  unit: text(60).optional(),
  /** A relative tolerance (GIFT writes it as the absolute figure it comes to). */
  relativeTolerance: z.number().min(0).optional(),
  maxLength: z.number().int().positive().optional(),
});
export type CitedComment = z.infer<typeof CitedCommentSchema>;

/** The comment line, or null when nothing needs carrying. */
export function writeCitedComment(comment: CitedComment): string | null {
  const entries = Object.entries(comment).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  return entries.length ? `${CITED_COMMENT_PREFIX}${JSON.stringify(Object.fromEntries(entries))}` : null;
}

export function readCitedComment(line: string): { ok: true; comment: CitedComment } | { ok: false; message: string } {
  const json = line.trim().slice(CITED_COMMENT_PREFIX.length);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: "the cited comment is not valid JSON" };
  }
  const parsed = CitedCommentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `the cited comment is not valid: ${[...issue.path.map(String), issue.message].join(": ")}` };
  }
  return { ok: true, comment: parsed.data };
}
