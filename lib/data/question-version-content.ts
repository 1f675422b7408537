// What a question version says, as one Prisma select: the fields an export writes out, a new
// version copies and an editor loads. One list, so that a field added to QuestionVersion is
// carried everywhere a version is copied or exported, not in some places only.
import type { Prisma } from "@/lib/generated/prisma/client";

export const versionContentSelect = {
  type: true,
  stem: true,
  options: true,
  key: true,
  feedback: true,
  explanation: true,
  points: true,
  difficulty: true,
  tags: true,
} as const satisfies Prisma.QuestionVersionSelect;
