import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { idPattern } from "./ids";

export const cellStates = ["not-started", "in-progress", "submitted", "overdue"] as const;
export type CellState = (typeof cellStates)[number];

/** Filters offered by the gradebook's form: "missing" is a student with an overdue assignment. */
export const stateFilters = { missing: "overdue", working: "in-progress", "not-started": "not-started" } as const satisfies Record<string, CellState>;
export type StateFilter = keyof typeof stateFilters;

export const gradebookPageSize = 50;

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional()).catch(undefined);

/**
 * The gradebook's query string: ?page=2&sort=<assignment id>|name|average&dir=desc&q=…&state=
 * missing&archived=1. Anything malformed falls back to the default rather than failing the page.
 */
export const GradebookQuerySchema = z
  .object({
    page: optional(z.coerce.number().int().min(1).max(100_000)),
    sort: optional(z.union([z.enum(["name", "average"]), z.string().regex(idPattern)])),
    dir: optional(z.enum(["asc", "desc"])),
    q: optional(z.string().trim().max(100).refine(noControlCharacters.check)),
    state: optional(z.enum(Object.keys(stateFilters) as [StateFilter, ...StateFilter[]])),
    archived: optional(z.literal("1")),
  })
  .transform((v) => ({
    page: v.page ?? 1,
    sort: v.sort ?? "name",
    dir: v.dir ?? (v.sort && v.sort !== "name" ? "desc" : "asc"),
    q: v.q || undefined,
    state: v.state,
    archived: v.archived === "1",
  }));

export type GradebookQuery = z.output<typeof GradebookQuerySchema>;

const Id = z.string({ error: "Missing id." }).regex(idPattern, "That id is not valid.");
const Position = z.coerce.number({ error: "Choose a question." }).int("Choose a question.").min(0, "Choose a question.").max(999, "Choose a question.");

/** Points to the hundredth, as typed: kept as text so that 0.1 + 0.2 never becomes 0.30000000000000004. */
export const scorePattern = /^\d{1,6}(\.\d{1,2})?$/;

export const OverrideScoreSchema = z.object({
  attemptId: Id,
  position: Position,
  score: z
    .string({ error: "Enter a score." })
    .trim()
    .regex(scorePattern, "Enter a score of 0 or more, to the hundredth at most (e.g. 1.5)."),
  reason: z
    .string({ error: "Say why the score changes." })
    .trim()
    .min(1, "Say why the score changes.")
    .max(500, "Keep the reason to 500 characters.")
    .refine(noControlCharacters.check, noControlCharacters.message),
});

export const RemoveOverrideSchema = z.object({ attemptId: Id, position: Position });
