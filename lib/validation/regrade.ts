import { z } from "zod";
import { idPattern } from "./ids";

export const RegradeSchema = z.object({
  assignmentId: z.string({ error: "Choose an assignment." }).regex(idPattern, "Choose an assignment."),
  confirm: z.literal("yes", { error: "Tick the box to confirm that you checked the preview." }),
});
