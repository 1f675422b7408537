import { checkDatabase } from "@/lib/data/health";
import { databaseRetryAfterSeconds } from "@/lib/database-unavailable";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

// Public by design: load balancers and `npm start` poll it. It says only whether the app and
// its database answer (503 with Retry-After while the database does not).
export const GET = defineRoute({ name: "health" }, async () => {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "degraded", app: "ok", database: database.ok ? "ok" : "unavailable", databaseLatencyMs: database.latencyMs };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!database.ok) headers["Retry-After"] = String(databaseRetryAfterSeconds);
  return Response.json(body, { status: database.ok ? 200 : 503, headers });
});
