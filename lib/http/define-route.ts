import "server-only";
// Every route handler is built from this, as every server action is from defineAction: the
// request checks a handler declares (a JSON body, the same origin) run first, the body is
// parsed with the handler's zod schema, and every error becomes one response shape
// (lib/http/respond.ts): 4xx with a safe message, 503 while the database is away, else a 500
// whose detail stays in the log. Who is calling is still checked by the handler's data call.
// Handlers read only the Request (never next/headers), so that the same handler also serves
// from the app server's fast lane, outside Next.js (lib/http/fast-lane.ts).
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { errorResponse } from "./respond";

type RouteOptions<S extends z.ZodType | undefined> = {
  /** For the log: which handler failed. */
  name: string;
  /** Refuse a request whose Origin is not this site (browsers send it on every PUT/POST fetch). */
  sameOrigin?: boolean;
  /** The JSON body's schema; the body must then be application/json. */
  body?: S;
};

type Handler<S, P> = (input: { request: Request; body: S extends z.ZodType ? z.infer<S> : undefined; params: P }) => Promise<Response>;

export function defineRoute<P = Record<string, never>, S extends z.ZodType | undefined = undefined>(options: RouteOptions<S>, handler: Handler<S, P>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      if (options.sameOrigin) {
        if (!sameOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
          throw new AppError(403, "This request came from another site, so it was refused.");
        }
      }
      let body: unknown = undefined;
      if (options.body) {
        // A cross-site form cannot send JSON without a CORS preflight.
        if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError(400, "Send the body as application/json.");
        const raw: unknown = await request.json().catch(() => {
          throw new AppError(400, "The body is not valid JSON.");
        });
        body = options.body.parse(raw);
      }
      const params = context ? await context.params : ({} as P);
      return await handler({ request, body: body as S extends z.ZodType ? z.infer<S> : undefined, params });
    } catch (error) {
      return errorResponse(error, options.name);
    }
  };
}
