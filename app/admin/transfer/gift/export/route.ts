// A quiz set (?set=<slug>) or the whole bank (?all=1) as a GIFT file download. Admins only: the
// proxy sends a signed-out visitor to sign in, and the data layer checks the caller again (401
// signed out, 403 not an admin) before reading anything.
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { exportGift, type GiftExportScope } from "@/lib/data/gift-export";
import { ValidationError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({ set: z.string().min(1).max(200).optional(), all: z.literal("1").optional() });

export const GET = defineRoute({ name: "gift export" }, async ({ request }) => {
  const user = await getCurrentUser();
  const query = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success || (!query.data.set && !query.data.all)) throw new ValidationError("Say what to export: ?set=<slug> or ?all=1.");
  const scope: GiftExportScope = query.data.set ? { kind: "set", slug: query.data.set } : { kind: "bank" };
  const { fileName, text } = await exportGift(user, scope);
  return new Response(text, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
