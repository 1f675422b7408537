import { defineAction } from "./define-action";
import { regradeAssignment as regrade } from "@/lib/data/regrade";
import { RegradeSchema } from "@/lib/validation/regrade";

/** Applies the previewed regrade of an assignment (nothing pending: nothing changes). */
export const regradeAssignment = defineAction({
  name: "regradeAssignment",
  access: ["TEACHER", "ADMIN"],
  schema: RegradeSchema,
  async handler(input, context) {
    const result = await regrade(context.user, input.assignmentId);
    const base = `/teach/assignments/${input.assignmentId}`;
    const message =
      result.questions === 0
        ? "Nothing to regrade: the assignment is up to date."
        : `Regraded ${result.questions} question${result.questions === 1 ? "" : "s"}: ${result.responses} answer${result.responses === 1 ? "" : "s"} moved to the new version, ${result.changed} score${result.changed === 1 ? "" : "s"} changed.`;
    // Back to the regrade page (now up to date), which says what was done.
    const done = `regraded=${result.questions}&responses=${result.responses}&changed=${result.changed}`;
    return { message, data: result, effects: { revalidate: [base], redirectTo: `${base}/regrade?${done}` } };
  },
});
