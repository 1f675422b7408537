import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { idPattern } from "./ids";

const UserId = z.string({ error: "Choose a user." }).regex(idPattern, "Choose a user.");

export const SetRolesSchema = z.object({
  userId: UserId,
  "roles[]": z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(["STUDENT", "TEACHER", "ADMIN"], { error: "Unknown role." })).min(1, "Give the user at least one role.")),
});

export const SetDisabledSchema = z.object({
  userId: UserId,
  disabled: z.enum(["true", "false"], { error: "Say whether to disable or enable." }).transform((v) => v === "true"),
});

/** The users page's query: anything not understood falls back to the default (never an error page). */
export const UserListSchema = z.object({
  q: z.string().max(100).refine(noControlCharacters.check).optional().catch(undefined),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  sort: z.enum(["name", "email", "created", "last-sign-in"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** The audit page's query: ?entity=User&action=user.roles&page=2 (anything else is ignored). */
const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);

export const AuditFilterSchema = z
  .object({
    // "All" in the form sends an empty value.
    entity: z.preprocess(blankIsUnset, z.string().regex(/^[A-Za-z]{1,40}$/).optional()),
    action: z.preprocess(blankIsUnset, z.string().regex(/^[a-z]+(\.[a-z-]+)*$/).max(60).optional()),
    page: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(100_000).optional()),
  })
  .transform(({ entity, action, page }) => ({ entityType: entity, action, page }));

export const ResetLinkSchema = z.object({ userId: UserId });
