// The gradebook as a CSV download (UTF-8 with a BOM). The class is looked up with the caller's
// teaching where-clause: another teacher's class is a 404, a student's call a 403.
import { getCurrentUser } from "@/lib/auth/session";
import { gradebookCsv } from "@/lib/data/gradebook-csv";
import { defineRoute } from "@/lib/http/define-route";
import { GradebookQuerySchema } from "@/lib/validation/gradebook";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ classId: string }>({ name: "gradebook export" }, async ({ request, params }) => {
  const user = await getCurrentUser();
  const query = GradebookQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { fileName, body } = await gradebookCsv(user, params.classId, query);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
