import "server-only";
import { z } from "zod";
import { AppError, AttemptConflictError, RateLimitedError } from "@/lib/errors";
import { databaseRetryAfterSeconds, isDatabaseUnavailable } from "@/lib/database-unavailable";

/** One error pattern for route handlers: 4xx with a safe message, else a 500 that hides internals. */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: "Invalid input.", fieldErrors: z.flattenError(error).fieldErrors },
      { status: 422, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (error instanceof AttemptConflictError) {
    // The autosave client resyncs from these: which refusal, the attempt's sequence, and the
    // last save's id (so a tab can tell its own lost save from another tab's).
    return Response.json(
      { error: error.message, reason: error.reason, sequence: error.sequence, lastSaveId: error.lastSaveId ?? undefined },
      { status: 409, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (error instanceof AppError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error instanceof RateLimitedError) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`${where}: the database is unavailable`);
    return Response.json(
      { error: "The database is not answering. Your answer is kept on this page and will be sent again." },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(databaseRetryAfterSeconds) } },
    );
  }
  console.error(`${where} failed`, error);
  return Response.json({ error: "Something went wrong on our side." }, { status: 500, headers: { "Cache-Control": "no-store" } });
}
