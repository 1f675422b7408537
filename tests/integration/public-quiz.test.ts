// The public try page scores a visitor's answers without storing anything. Integration files
// run one after another on their own database, so counting every row here is safe; the
// end-to-end run shares its database between parallel workers and could not check this.
import { afterAll, describe, expect, it } from "vitest";
import { tryPublicQuiz } from "@/lib/actions/attempts";
import { getPublicQuiz } from "@/lib/data/public-quiz";
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

  it("refuses two events in the same place with the taking page's message, instead of scoring it as not answered", async () => {
    const quiz = await getPublicQuiz("alaska-summit-practice");
    const ordering = quiz.questions.find((q) => q.type === "ORDERING");
    if (ordering?.type !== "ORDERING") throw new Error("the public set has no ordering question");
    const name = `q${ordering.position}`;
    const [first, second, ...rest] = ordering.options.choices;
    const fields = { slug: "alaska-summit-practice", q0: "a", [`${name}.${first.id}`]: "1", [`${name}.${second.id}`]: "1" };
    const outcome = await tryPublicQuiz.run(visitor, fields);
    expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { [name]: ["Give each event a different place."] } });
    expect(outcome.ok ? null : outcome.message).toBe("One answer could not be checked: see the question marked below.");

    // Distinct places (some left out) are an answer, scored as usual.
    const placed = { ...fields, [`${name}.${second.id}`]: "2", ...(rest[0] ? { [`${name}.${rest[0].id}`]: "3" } : {}) };
    expect((await tryPublicQuiz.run(visitor, placed)).ok).toBe(true);
  });
});
