// Forms of the teaching pages: quiz sets built from the bank, assignments, extensions. Numbers
// arrive as text and are read as small whole numbers only ("1e12", "-3", "NaN" are refused with
// a message, never coerced); times are wall-clock times in a named zone, converted to UTC here.
import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { isTimeZone, zonedToUtc } from "@/lib/domain/zoned-time";
import { idPattern } from "./ids";

const Id = (what: string) => z.string({ error: `Choose ${what}.` }).regex(idPattern, `Choose ${what}.`);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const Title = z
  .string({ error: "Give it a title." })
  .trim()
  .min(1, "Give it a title.")
  .max(200, "Keep the title under 200 characters.")
  .refine(noControlCharacters.check, noControlCharacters.message);

/** A whole number typed into a form, from min to max; blank gives `blank`. */
function wholeNumber<B extends number | null>(min: number, max: number, blank: B, what: string) {
  const message = `Enter a whole number of ${what} from ${min} to ${max}${blank === null ? ", or leave it blank" : ""}.`;
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: message })
      .trim()
      .regex(/^\d{1,7}$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message)
      .optional()
      .transform((n): number | B => (n === undefined ? blank : n)),
  );
}

// ── Quiz sets ─────────────────────────────────────────────────────────────────────────────
export const CreateQuizSetSchema = z.object({
  title: Title,
  description: z
    .preprocess((v) => v ?? "", z.string().trim().max(2000, "Keep the description under 2,000 characters.").refine(noControlCharacters.check, noControlCharacters.message)),
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
});

export const QuizSetItemSchema = z.object({ quizSetId: Id("a quiz set"), questionId: Id("a question") });
export const MoveQuizSetItemSchema = QuizSetItemSchema.extend({ direction: z.enum(["up", "down"], { error: "Say which way to move it." }) });

export const questionTypes = ["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "NUMERIC", "SHORT_TEXT", "ORDERING", "MATCHING"] as const;

/** The bank's search form (GET): anything it cannot read is ignored, never an error page. */
export const BankSearchSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).refine(noControlCharacters.check).optional()).catch(undefined),
  type: z.preprocess(blankToUndefined, z.enum(questionTypes).optional()).catch(undefined),
  fact: z.preprocess(blankToUndefined, z.string().trim().max(100).refine(noControlCharacters.check).optional()).catch(undefined),
  source: z.preprocess(blankToUndefined, z.string().trim().max(100).refine(noControlCharacters.check).optional()).catch(undefined),
});
export type BankSearch = z.infer<typeof BankSearchSchema>;

// ── Assignments ───────────────────────────────────────────────────────────────────────────
const TimeZone = z.string({ error: "Choose a time zone." }).refine(isTimeZone, "Choose a time zone from the list.");
const LocalTime = (what: string) => z.string({ error: `Enter the ${what} date and time.` }).trim().min(1, `Enter the ${what} date and time.`).max(20, `Enter the ${what} date and time.`);

const settingsShape = {
  title: Title,
  opensAt: LocalTime("opening"),
  dueAt: LocalTime("due"),
  timeZone: TimeZone,
  maxAttempts: wholeNumber(1, 100, null, "attempts"),
  timeLimitMinutes: wholeNumber(1, 600, null, "minutes"),
  scorePolicy: z.enum(["BEST", "LAST", "AVERAGE"], { error: "Choose which score counts." }),
  reviewPolicy: z.enum(["IMMEDIATELY", "AFTER_DUE", "NEVER"], { error: "Choose when students see the answers." }),
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
};

type RawSettings = { opensAt: string; dueAt: string; timeZone: string; timeLimitMinutes: number | null };

/** Converts the wall-clock window to UTC, with a field error for each time it cannot read. */
function toUtc<T extends RawSettings>(value: T, ctx: z.RefinementCtx) {
  const opensAt = zonedToUtc(value.opensAt, value.timeZone);
  const dueAt = zonedToUtc(value.dueAt, value.timeZone);
  if (!opensAt) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "Enter the opening date and time." });
  if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter the due date and time." });
  if (opensAt && dueAt && dueAt.getTime() <= opensAt.getTime()) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must be after the opening time." });
  const { timeLimitMinutes, ...rest } = value;
  return { ...rest, opensAt: opensAt ?? new Date(NaN), dueAt: dueAt ?? new Date(NaN), timeLimitSeconds: timeLimitMinutes === null ? null : timeLimitMinutes * 60 };
}

export const CreateAssignmentSchema = z.object({ classId: Id("a class"), quizSetId: Id("a quiz set"), ...settingsShape }).transform(toUtc);

export const UpdateAssignmentSchema = z
  .object({ assignmentId: Id("an assignment"), confirmed: z.preprocess((v) => v === "1", z.boolean()), ...settingsShape })
  .transform(toUtc);

export const AssignmentIdSchema = z.object({ assignmentId: Id("an assignment") });
export const ArchiveAssignmentSchema = AssignmentIdSchema.extend({
  archived: z.enum(["true", "false"], { error: "Say whether to archive or restore." }).transform((v) => v === "true"),
});

// ── Extensions ────────────────────────────────────────────────────────────────────────────
export const SaveExtensionSchema = z
  .object({
    assignmentId: Id("an assignment"),
    userId: Id("a student"),
    dueAt: z.preprocess(blankToUndefined, z.string().trim().max(20).optional()),
    timeZone: TimeZone,
    extraMinutes: wholeNumber(0, 10_080, 0, "minutes"),
    extraAttempts: wholeNumber(0, 100, 0, "attempts"),
  })
  .transform((value, ctx) => {
    const dueAt = value.dueAt === undefined ? null : zonedToUtc(value.dueAt, value.timeZone);
    if (value.dueAt !== undefined && !dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter a date and time, or leave it blank." });
    if (value.dueAt === undefined && value.extraMinutes === 0 && value.extraAttempts === 0) {
      ctx.addIssue({ code: "custom", path: ["form"], message: "Give a later due time, extra minutes or extra attempts." });
    }
    return { assignmentId: value.assignmentId, userId: value.userId, dueAt, extraSeconds: value.extraMinutes * 60, extraAttempts: value.extraAttempts };
  });

export const RemoveExtensionSchema = z.object({ assignmentId: Id("an assignment"), userId: Id("a student") });
