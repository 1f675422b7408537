// The live view of an assignment as JSON, polled every few seconds by the teacher's live page:
// where each student stands, never what they answered. 401 anonymous, 403 for a student, 404
// for a teacher of another class (or no such assignment): the data layer decides.
import { getCurrentUser } from "@/lib/auth/session";
import { getLiveView } from "@/lib/data/live-view";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ assignmentId: string }>({ name: "live view" }, async ({ params }) => {
  const view = await getLiveView(await getCurrentUser(), params.assignmentId);
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
});
