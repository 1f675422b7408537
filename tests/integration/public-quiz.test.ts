// The public try page scores a visitor's answers without storing anything. Integration files
// run one after another on their own database, so counting every row here is safe; the
// end-to-end run shares its database between parallel workers and could not check this.
import { afterAll, describe, expect, it } from "vitest";
import { tryPublicQuiz } from "@/lib/actions/attempts";
import type { ActionContext } from "@/lib/actions/define-action";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const visitor: ActionContext = { user: null, origin: "http://cited.test", host: "cited.test", ip: "192.0.2.77", deviceToken: null };

async function rowCounts() {
  const [attempts, responses, rateLimits, audit, users] = await Promise.all([
    prisma.attempt.count(),
    prisma.response.count(),
    prisma.rateLimit.count(),
    prisma.auditEntry.count(),
    prisma.user.count(),
  ]);
  return { attempts, responses, rateLimits, audit, users };
}

describe("the public try page", () => {
  it("scores a visitor's answers and stores nothing", async () => {
    const before = await rowCounts();
    const outcome = await tryPublicQuiz.run(visitor, { slug: "alaska-summit-practice", "q0": "a", "q1": "Juneau" });
    expect(outcome.ok).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });
});
