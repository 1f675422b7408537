// A Cited bundle as a download: the whole authored content, or one quiz set with what it needs
// (?set=<slug>). Admins only: the data layer checks the caller (401 signed out, 403 otherwise).
import { getCurrentUser } from "@/lib/auth/session";
import { exportContentBundle } from "@/lib/data/content-transfer";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "bundle export" }, async ({ request }) => {
  const user = await getCurrentUser();
  // Any other value of ?set= is a set that does not exist: a 404, once the caller is known to be an admin.
  const set = new URL(request.url).searchParams.get("set");
  const { fileName, body } = await exportContentBundle(user, set !== null ? { kind: "set", slug: set } : { kind: "all" });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
