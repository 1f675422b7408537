import "server-only";
// Autosave: PUT /api/attempts/<id>/responses/<position> with JSON { answer, sequence, saveId? }.
// 200 { sequence, savedAt }, also for a retry of a save that already landed; 409 when the attempt
// is submitted, out of time, or the sequence is stale (another tab saved since: { sequence,
// lastSaveId }); 422 for an answer that does not fit the question; 404 for anyone but the
// attempt's owner; 503 with Retry-After while the database cannot be reached.
// One handler, served two ways: by Next.js (app/api/attempts/…/route.ts) and, in production, by
// the app server's fast lane before Next.js (lib/http/fast-lane.ts, docs/decisions/024-autosave-fast-lane.md).
import { refreshedSessionCookie, sessionClaimsOf } from "@/lib/auth/request-session";
import { saveAnswerForSession } from "@/lib/data/autosave";
import { AppError, UnauthenticatedError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { AutosaveSchema } from "@/lib/validation/attempts";
import { isId } from "@/lib/validation/ids";

export type AutosaveParams = { attemptId: string; position: string };

export const autosaveRoute = defineRoute<AutosaveParams, typeof AutosaveSchema>(
  { name: "autosave", sameOrigin: true, body: AutosaveSchema },
  async ({ request, body, params }) => {
    // The session is checked against the user row inside the save itself (one round trip).
    const claims = await sessionClaimsOf(request);
    if (!claims) throw new UnauthenticatedError();
    const index = Number(params.position);
    if (!isId(params.attemptId) || !Number.isInteger(index) || index < 0 || index > 999) {
      throw new AppError(404, "That question was not found.");
    }
    const saved = await saveAnswerForSession(claims, { attemptId: params.attemptId, position: index, answer: body.answer, sequence: body.sequence, saveId: body.saveId });
    // The save succeeded, so the session is valid: a student working on one page stays signed in.
    const headers = new Headers({ "Cache-Control": "no-store" });
    const cookie = await refreshedSessionCookie(claims);
    if (cookie) headers.append("Set-Cookie", cookie);
    return Response.json(saved, { headers });
  },
);
