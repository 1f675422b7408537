// Every server action is built from this: who may call it, the zod schema of its input, and a
// handler that gets the parsed input and the acting user. `run` is the whole check (origin,
// access, input), independent of Next.js, so the policy tests call it directly; lib/actions/
// serve.ts adapts it to a real request.
import { z } from "zod";
import { sameOrigin } from "@/lib/http/same-origin";
import { databaseRetryAfterSeconds, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError, RateLimitedError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/identity/viewer";

export type Access = "anyone" | "signed-in" | Role[];

export type ActionContext = {
  user: CurrentUser | null;
  /** The request's Origin header and host: a missing or foreign origin is refused (CSRF). */
  origin: string | null;
  host: string | null;
  ip: string;
  /** The browser's device cookie (lib/identity/device.ts), checked against the account at sign-in. */
  deviceToken: string | null;
};

/** What an action asks the adapter to do to the browser after it succeeded. */
export type Effects = {
  startSession?: { id: string; email: string; sessionVersion: number };
  endSession?: boolean;
  redirectTo?: string;
  /** Pages whose server-rendered data changed: they are rendered afresh in the same response. */
  revalidate?: string[];
};

export type ActionState =
  | { ok: true; message?: string; data?: unknown }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]>; retryAfter?: number; values?: Record<string, string> };

export type ActionOutcome = ActionState & { effects?: Effects };

type Handler<S extends z.ZodType> = (
  input: z.infer<S>,
  context: ActionContext,
) => Promise<{ message?: string; effects?: Effects; data?: unknown } | void>;

export type ActionDefinition = {
  name: string;
  access: Access;
  run(context: ActionContext, input: FormData | Record<string, unknown>): Promise<ActionOutcome>;
};

function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const result: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    const all = input.getAll(key);
    // A file input's value stays a File (an empty one when nothing was chosen); the schema decides.
    const values = all.every((v) => typeof v !== "string") ? all : all.filter((v): v is string => typeof v === "string");
    result[key] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  return result;
}

/** Echoes text fields back to the form after a failure (never passwords). */
function echo(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => typeof v === "string" && !/password/i.test(k) && v.length <= 500),
  ) as Record<string, string>;
}

export function defineAction<S extends z.ZodType>(definition: {
  name: string;
  access: Access;
  schema: S;
  handler: Handler<S>;
}): ActionDefinition {
  const { name, access, schema, handler } = definition;
  return {
    name,
    access,
    async run(context, input) {
      if (!sameOrigin(context.origin, context.host)) {
        return { ok: false, status: 403, message: "This form was sent from another site, so it was refused." };
      }
      if (access !== "anyone") {
        if (!context.user) return { ok: false, status: 401, message: "Sign in to continue." };
        if (Array.isArray(access) && !access.some((role) => context.user!.roles.includes(role))) {
          return { ok: false, status: 403, message: "You are not allowed to do that." };
        }
      }
      const raw = formToObject(input);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "form");
          (fieldErrors[field] ??= []).push(issue.message);
        }
        return { ok: false, status: 422, message: "Check the highlighted fields.", fieldErrors, values: echo(raw) };
      }
      try {
        const result = (await handler(parsed.data, context)) ?? {};
        return { ok: true, message: result.message, effects: result.effects, data: result.data };
      } catch (error) {
        if (error instanceof AppError) {
          return {
            ok: false,
            status: error.status,
            message: error.message,
            fieldErrors: error.fieldErrors,
            retryAfter: error instanceof RateLimitedError ? error.retryAfterSeconds : undefined,
            values: echo(raw),
          };
        }
        if (isDatabaseUnavailable(error)) {
          console.error(`action ${name}: the database is unavailable`);
          return { ok: false, status: 503, message: "The database is not answering. Try again in a moment.", retryAfter: databaseRetryAfterSeconds, values: echo(raw) };
        }
        console.error(`action ${name} failed`, error);
        return { ok: false, status: 500, message: "Something went wrong on our side. Nothing was changed; try again." };
      }
    },
  };
}
