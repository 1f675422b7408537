// Autosave: PUT one answer as JSON { answer, sequence, saveId? }. 200 { sequence, savedAt }, also
// for a retry of a save that already landed; 409 when the attempt is submitted, out of time, or
// the sequence is stale (another tab saved since: { sequence, lastSaveId }); 422 for an answer
// that does not fit the question; 404 for anyone but the attempt's owner; 503 with Retry-After
// while the database cannot be reached.
import { headers } from "next/headers";
import { getSessionClaims, refreshSessionIfDue } from "@/lib/auth/session";
import { sameOrigin } from "@/lib/http/same-origin";
import { saveAnswerForSession } from "@/lib/data/autosave";
import { AppError, AttemptConflictError, UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";
import { AutosaveSchema } from "@/lib/validation/attempts";
import { isId } from "@/lib/validation/ids";

type Params = { params: Promise<{ attemptId: string; position: string }> };

export async function PUT(request: Request, { params }: Params) {
  try {
    const requestHeaders = await headers();
    // A cross-site page cannot send JSON with cookies without a preflight, and browsers always
    // send Origin on fetch PUTs: both are checked.
    if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError(400, "Send the answer as application/json.");
    if (!sameOrigin(requestHeaders.get("origin"), requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"))) {
      throw new AppError(403, "This request came from another site, so it was refused.");
    }
    // The session is checked against the user row inside the save itself (one round trip).
    const claims = await getSessionClaims();
    if (!claims) throw new UnauthenticatedError();
    const { attemptId, position } = await params;
    const index = Number(position);
    if (!isId(attemptId) || !Number.isInteger(index) || index < 0 || index > 999) {
      throw new AppError(404, "That question was not found.");
    }
    const body: unknown = await request.json().catch(() => {
      throw new AppError(400, "The body is not valid JSON.");
    });
    const input = AutosaveSchema.parse(body);
    const saved = await saveAnswerForSession(claims, { attemptId, position: index, answer: input.answer, sequence: input.sequence, saveId: input.saveId });
    // The save succeeded, so the session is valid: a student working on one page stays signed in.
    await refreshSessionIfDue(claims);
    return Response.json(saved, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AttemptConflictError) {
      return Response.json(
        { error: error.message, reason: error.reason, sequence: error.sequence, lastSaveId: error.lastSaveId ?? undefined },
        { status: 409, headers: { "Cache-Control": "no-store" } },
      );
    }
    return errorResponse(error, "autosave");
  }
}
