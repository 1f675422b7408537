import { z } from "zod";
import { idPattern, slugPattern } from "./ids";

const Id = z.string({ error: "Missing id." }).regex(idPattern, "That id is not valid.");
const Slug = z.string({ error: "Missing quiz." }).regex(slugPattern, "That quiz is not valid.").max(100);
/** PostgreSQL's integer: every integer from a request that reaches SQL is checked against it. */
const maxSqlInt = 2_147_483_647;

export const StartAttemptSchema = z.union(
  [
    z.object({ assignmentId: Id }),
    z.object({ quizSetSlug: Slug }),
    z.object({ missed: z.literal("1") }),
  ],
  { error: "Choose what to start." },
);

/** The no-JavaScript form of the taking page: save what is on the page, then go somewhere. */
export const SavePageSchema = z
  .object({
    attemptId: Id,
    sequence: z.coerce.number({ error: "Reload the page." }).int("Reload the page.").min(0, "Reload the page.").max(maxSqlInt, "Reload the page."),
    positions: z
      .string()
      .regex(/^\d{1,3}(,\d{1,3}){0,199}$/, "Reload the page.")
      .transform((v) => v.split(",").map(Number)),
    go: z.string().regex(/^(next|prev|submit|stay|all|q\d{1,3})$/, "Choose where to go."),
  })
  .passthrough();

export const SubmitAttemptSchema = z.object({ attemptId: Id });

export const TryPublicQuizSchema = z.object({ slug: Slug }).passthrough();

export const AutosaveSchema = z.object({
  answer: z.unknown(),
  sequence: z
    .number({ error: "sequence must be a number" })
    .int("sequence must be a whole number")
    .min(0, "sequence must be 0 or more")
    .max(maxSqlInt, `sequence must be at most ${maxSqlInt}`),
  /** Made by the client for each save, so that a retry of the same save can be recognised. */
  saveId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "saveId must be 8-64 letters, digits, - or _").optional(),
});
