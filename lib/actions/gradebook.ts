import { defineAction } from "./define-action";
import { overrideScore, removeOverride } from "@/lib/data/overrides";
import { OverrideScoreSchema, RemoveOverrideSchema } from "@/lib/validation/gradebook";

export const overrideResponseScore = defineAction({
  name: "overrideResponseScore",
  access: ["TEACHER", "ADMIN"],
  schema: OverrideScoreSchema,
  async handler(input, context) {
    await overrideScore(context.user, input);
    return { message: `Score of question ${input.position + 1} changed.`, effects: { revalidate: [`/teach/attempts/${input.attemptId}`] } };
  },
});

export const removeResponseOverride = defineAction({
  name: "removeResponseOverride",
  access: ["TEACHER", "ADMIN"],
  schema: RemoveOverrideSchema,
  async handler(input, context) {
    await removeOverride(context.user, input);
    return {
      message: `Question ${input.position + 1} is back to its computed score.`,
      effects: { revalidate: [`/teach/attempts/${input.attemptId}`] },
    };
  },
});
