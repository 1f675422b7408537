import { z } from "zod";
import { idPattern } from "./ids";

export const RegradeSchema = z.object({
  assignmentId: z.string({ error: "Choose an assignment." }).regex(idPattern, "Choose an assignment."),
  confirm: z.literal("yes", { error: "Tick the box to confirm that you checked the preview." }),
});

/** The regrade page's query after a regrade: what was done (anything else is ignored). */
const count = z.coerce.number().int().min(0).max(1_000_000);
export const RegradeDoneSchema = z.object({ regraded: count, responses: count, changed: count });
