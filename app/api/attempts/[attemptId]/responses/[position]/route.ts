// Autosave: PUT one answer as JSON { answer, sequence, saveId? }. 200 { sequence, savedAt }, also
// for a retry of a save that already landed; 409 when the attempt is submitted, out of time, or
// the sequence is stale (another tab saved since: { sequence, lastSaveId }); 422 for an answer
// that does not fit the question; 404 for anyone but the attempt's owner; 503 with Retry-After
// while the database cannot be reached.
import { getSessionClaims, refreshSessionIfDue } from "@/lib/auth/session";
import { saveAnswerForSession } from "@/lib/data/autosave";
import { AppError, UnauthenticatedError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { AutosaveSchema } from "@/lib/validation/attempts";
import { isId } from "@/lib/validation/ids";

export const PUT = defineRoute<{ attemptId: string; position: string }, typeof AutosaveSchema>(
  { name: "autosave", sameOrigin: true, body: AutosaveSchema },
  async ({ body, params }) => {
    // The session is checked against the user row inside the save itself (one round trip).
    const claims = await getSessionClaims();
    if (!claims) throw new UnauthenticatedError();
    const index = Number(params.position);
    if (!isId(params.attemptId) || !Number.isInteger(index) || index < 0 || index > 999) {
      throw new AppError(404, "That question was not found.");
    }
    const saved = await saveAnswerForSession(claims, { attemptId: params.attemptId, position: index, answer: body.answer, sequence: body.sequence, saveId: body.saveId });
    // The save succeeded, so the session is valid: a student working on one page stays signed in.
    await refreshSessionIfDue(claims);
    return Response.json(saved, { headers: { "Cache-Control": "no-store" } });
  },
);
