// Forms of the admin's question bank and quiz set pages. Ids are checked for their shape before
// any query (a forged id is "not found", never a database error); lists of ids arrive as
// repeated fields ("questionIds[]") from checkboxes or from the drag-and-drop order.
import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { idPattern, slugPattern } from "./ids";

const Id = (what: string) => z.string({ error: `Choose ${what}.` }).regex(idPattern, `Choose ${what}.`);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
/** One value or many (a form sends one checkbox as a string): always a list. */
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const questionStatuses = ["DRAFT", "PUBLISHED", "RETIRED"] as const;
export const questionTypes = ["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "NUMERIC", "SHORT_TEXT", "ORDERING", "MATCHING"] as const;

const searchText = z.preprocess(blankToUndefined, z.string().trim().max(200).refine(noControlCharacters.check).optional()).catch(undefined);

/** The bank's filters (a GET form): anything it cannot read is ignored, never an error page. */
export const AdminBankSearchSchema = z.object({
  q: searchText,
  type: z.preprocess(blankToUndefined, z.enum(questionTypes).optional()).catch(undefined),
  fact: searchText,
  source: searchText,
  tag: searchText,
  status: z.preprocess(blankToUndefined, z.enum(questionStatuses).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});
export type AdminBankSearch = z.infer<typeof AdminBankSearchSchema>;

const Title = z
  .string({ error: "Give the set a title." })
  .trim()
  .min(1, "Give the set a title.")
  .max(200, "Keep the title under 200 characters.")
  .refine(noControlCharacters.check, noControlCharacters.message);

const Description = z.preprocess(
  (v) => v ?? "",
  z.string().trim().max(2000, "Keep the description under 2,000 characters.").refine(noControlCharacters.check, noControlCharacters.message),
);

export const CreateAdminSetSchema = z.object({
  title: Title,
  slug: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .max(80, "Keep the address under 80 characters.")
      .regex(slugPattern, "Use lower-case letters, digits and single hyphens, e.g. alaska-summit.")
      .optional(),
  ),
  description: Description,
});

export const SetIdSchema = z.object({ quizSetId: Id("a quiz set") });

export const UpdateAdminSetSchema = SetIdSchema.extend({
  title: Title,
  description: Description,
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
});

export const BulkAddSchema = z.object({
  quizSetId: Id("a quiz set"),
  "questionIds[]": z.preprocess(list, z.array(Id("questions")).min(1, "Tick at least one question to add.").max(500, "Add at most 500 questions at a time.")),
});

export const SetItemSchema = SetIdSchema.extend({ questionId: Id("a question") });
export const MoveSetItemSchema = SetItemSchema.extend({ direction: z.enum(["up", "down"], { error: "Say which way to move it." }) });

export const ReorderSetSchema = SetIdSchema.extend({
  "questionIds[]": z.preprocess(list, z.array(Id("questions")).min(1, "The new order is empty.").max(1000)),
});

export const PublishSetSchema = SetIdSchema.extend({ publish: z.enum(["publish", "unpublish"], { error: "Say whether to publish or unpublish." }) });
export const PublicSetSchema = SetIdSchema.extend({ isPublic: z.enum(["true", "false"], { error: "Say whether the set is public." }).transform((v) => v === "true") });
