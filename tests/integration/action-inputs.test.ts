// Random and malformed input to every action, from an anonymous visitor and from an admin:
// never a 500, and when the input is refused nothing in the database changes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { testPrisma } from "@/tests/helpers/database";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { saveAttemptPage } from "@/lib/actions/attempts";
import { startAttempt } from "@/lib/data/attempts";
import { AutosaveSchema } from "@/lib/validation/attempts";

const prisma = testPrisma();
let admin: CurrentUser;

beforeAll(async () => {
  const row = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });
  admin = { id: row.id, email: row.email, name: row.name, roles: row.roles };
});
afterAll(() => prisma.$disconnect());

async function fingerprint() {
  const [users, audit, versions, updated, limits] = await Promise.all([
    prisma.user.count(),
    prisma.auditEntry.count(),
    prisma.user.aggregate({ _sum: { sessionVersion: true } }),
    prisma.user.aggregate({ _max: { updatedAt: true } }),
    prisma.rateLimit.aggregate({ _sum: { count: true }, _count: true }),
  ]);
  return JSON.stringify({ users, audit, versions, updated, limits });
}

const fieldNames = [
  "email",
  "password",
  "name",
  "next",
  "currentPassword",
  "newPassword",
  "confirmPassword",
  "userId",
  "roles[]",
  "disabled",
  "attemptId",
  "sequence",
  "positions",
  "go",
  "slug",
  "quizSetSlug",
  "q0",
  "classId",
  "studentId",
  "archived",
  "code",
  "step",
  "csv",
  "staged",
  "$ACTION_ID_x",
  "__proto__",
  "constructor",
];
// Integers PostgreSQL's integer cannot hold, negative ones, and numbers JavaScript rounds.
const hugeOrNegative = fc.oneof(
  fc.constantFrom("2147483648", "-1", "-2147483649", "9007199254740993", "1e400", "1.5"),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }).map(String),
  fc.bigInt({ min: -(2n ** 70n), max: -1n }).map(String),
);
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom("", " ", "\u0000", "null", "true", "ADMIN", "../../etc/passwd", "<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "x".repeat(5000)),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.integer().map(String),
  hugeOrNegative,
  fc.constantFrom("-0", "0x10", "1e3"),
);
const formInput = fc.dictionary(fc.constantFrom(...fieldNames), nasty, { maxKeys: 6 });

function toFormData(input: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) for (const v of [value].flat()) form.append(key, v);
  return form;
}

describe("actions under random input", () => {
  for (const [name, definition] of Object.entries(actions)) {
    it(`${name}: never a 500, and a refused input writes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(formInput, fc.constantFrom<CurrentUser | null>(null, admin), fc.boolean(), async (input, user, asForm) => {
          const context: ActionContext = { user, origin: "http://cited.test", host: "cited.test", ip: "192.0.2.250", deviceToken: null };
          const before = await fingerprint();
          const outcome = await definition.run(context, asForm ? toFormData(input) : input);
          if (!outcome.ok) {
            expect(outcome.status).not.toBe(500);
            // A wrong sign-in is counted for rate limiting; that counter is the only write allowed.
            // So is a wrong class code (joinClass's 404), counted against guessing.
            const counted = (name === "signIn" && outcome.status === 422 && !outcome.fieldErrors) || (name === "joinClass" && outcome.status === 404);
            if (!counted) expect(await fingerprint()).toBe(before);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe("integers from a request that reach SQL", () => {
  it("a page save with a sequence out of range, negative or not whole is refused with a 422, never a 500", async () => {
    const { student, assignment } = await studentWithAssignment(prisma);
    const user: CurrentUser = { id: student.id, email: student.email, name: student.name, roles: student.roles };
    const attemptId = await startAttempt(user, { assignmentId: assignment.id });
    const context: ActionContext = { user, origin: "http://cited.test", host: "cited.test", ip: "192.0.2.251", deviceToken: null };
    await fc.assert(
      fc.asyncProperty(hugeOrNegative, async (sequence) => {
        const outcome = await saveAttemptPage.run(context, { attemptId, sequence, positions: "0", go: "next", q0: "a" });
        expect(outcome).toMatchObject({ ok: false, status: 422 });
      }),
      { numRuns: 40 },
    );
  });

  it("the autosave schema refuses what PostgreSQL's integer cannot hold", () => {
    for (const sequence of [2 ** 31, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, Infinity]) expect(AutosaveSchema.safeParse({ answer: null, sequence }).success).toBe(false);
    expect(AutosaveSchema.safeParse({ answer: null, sequence: 2 ** 31 - 1 }).success).toBe(true);
  });
});
