import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

// Public by design: load balancers and `npm start` poll it. It says only whether the app and
// its database answer.
export async function GET() {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "degraded", app: "ok", database: database.ok ? "ok" : "unavailable", databaseLatencyMs: database.latencyMs };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
