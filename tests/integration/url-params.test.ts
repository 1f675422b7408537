// Ids and slugs from URLs that cannot exist (a NUL byte, say) are "not found", never a database
// error that would become a 500.
import { afterAll, describe, expect, it } from "vitest";
import { getSourceForReader } from "@/lib/data/sources";
import { getMyAssignment, getQuizSetForViewer } from "@/lib/data/assignments";
import { getAttemptForTaking } from "@/lib/data/attempts";
import { getReview } from "@/lib/data/review";
import { getPublicQuiz } from "@/lib/data/public-quiz";
import { NotFoundError } from "@/lib/errors";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("impossible ids and slugs", () => {
  for (const bad of ["\u0000", "x\u0000y", "../etc", "A".repeat(500), "with space"]) {
    it(`are not found: ${JSON.stringify(bad).slice(0, 20)}`, async () => {
      const student = await prisma.user.findUniqueOrThrow({ where: { email: "student@cited.test" } });
      const viewer = { id: student.id, roles: student.roles };
      await expect(getSourceForReader(null, bad)).resolves.toBeNull();
      await expect(getQuizSetForViewer(viewer, bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPublicQuiz(bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMyAssignment(viewer, bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getAttemptForTaking(viewer, bad)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getReview(viewer, bad)).rejects.toBeInstanceOf(NotFoundError);
    });
  }
});
