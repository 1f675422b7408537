import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";

const UserId = z.string({ error: "Choose a user." }).regex(/^[a-z0-9]{10,40}$/, "Choose a user.");

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

export const UserSearchSchema = z.object({ q: z.string().max(100).refine(noControlCharacters.check).optional() });
