// Every server action × every kind of caller, against the real database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext, ActionOutcome } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { actionPolicy } from "@/tests/helpers/policy";
import { actorEmails, actorNames, createUser, ensureCoTeacher, ensureOtherClass, testPassword, type ActorName } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";
import { wrongCodeMessage } from "@/lib/data/class-joins";

const prisma = testPrisma();
const actors = new Map<ActorName, CurrentUser | null>();
let target: { id: string; email: string };
/** Rows the teaching actions act on: the seeded teacher's class and its demo assignment. */
const teaching = { classId: "", assignmentId: "", studentId: "", otherClassId: "", className: "" };

beforeAll(async () => {
  await ensureOtherClass(prisma);
  await ensureCoTeacher(prisma);
  actors.set("anonymous", null);
  for (const name of actorNames.filter((n) => n !== "anonymous")) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails[name as Exclude<ActorName, "anonymous">] } });
    actors.set(name, { id: user.id, email: user.email, name: user.name, roles: user.roles });
  }
  target = await createUser(prisma, { email: "policy-target@cited.test" });
  const klass = await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } });
  teaching.classId = klass.id;
  teaching.className = klass.name;
  teaching.assignmentId = (await prisma.assignment.findFirstOrThrow({ where: { classId: klass.id }, orderBy: { createdAt: "asc" } })).id;
  teaching.studentId = (await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.student } })).id;
  teaching.otherClassId = (await prisma.class.findUniqueOrThrow({ where: { joinCode: "OTHER001" } })).id;
});
afterAll(async () => {
  await prisma.quizSet.deleteMany({ where: { title: "Policy check set" } });
  await prisma.class.deleteMany({ where: { name: "Policy sample class" } });
  await prisma.$disconnect();
});

function context(user: CurrentUser | null, overrides: Partial<ActionContext> = {}): ActionContext {
  return { user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.7", deviceToken: null, ...overrides };
}

let counter = 0;
const assignmentSettings = {
  title: "Policy check",
  opensAt: "2025-09-01T08:00",
  dueAt: "2025-09-08T08:00",
  timeZone: "Europe/Kyiv",
  maxAttempts: "2",
  timeLimitMinutes: "",
  scorePolicy: "BEST",
  reviewPolicy: "IMMEDIATELY",
};
/** A bundle of one empty draft quiz set: its preview plans one set and writes nothing. */
const policyBundle = JSON.stringify({
  format: "cited-bundle",
  schemaVersion: 1,
  sources: [],
  facts: [],
  questions: [],
  quizSets: [{ slug: "policy-bundle-set", title: "Policy bundle set", description: "", status: "DRAFT", isPublic: false, shuffleQuestions: false, shuffleOptions: true, questions: [] }],
});
/** A valid input for each action that changes nothing lasting. */
function sampleInput(name: string, user: CurrentUser | null): Record<string, unknown> {
  switch (name) {
    case "signIn":
      return { email: target.email, password: testPassword };
    case "signUp":
      return { name: "Policy Sign-up", email: `policy-signup-${++counter}@cited.test`, password: "a perfectly fine passphrase" };
    case "updateProfile":
      return { name: user?.name ?? "Someone" };
    case "changePassword":
      return { currentPassword: "not the password", newPassword: "another fine passphrase", confirmPassword: "another fine passphrase" };
    case "setUserRoles":
      return { userId: target.id, "roles[]": ["STUDENT"] };
    case "setUserDisabled":
      return { userId: target.id, disabled: "false" };
    case "startAttempt":
      return { quizSetSlug: "anchorage-summit" };
    case "saveAttemptPage":
      return { attemptId: "clnoattempt0000000000000", sequence: "0", positions: "0", go: "next" };
    case "submitAttempt":
      return { attemptId: "clnoattempt0000000000000" };
    case "requestPasswordReset":
      return { email: `nobody-${++counter}@cited.test` };
    case "resetPassword":
      return { token: "x".repeat(43), newPassword: "a perfectly fine passphrase", confirmPassword: "a perfectly fine passphrase" };
    case "issueResetLink":
      return { userId: target.id };
    case "importUsersFromCsv":
      return { step: "preview", csv: "name,email,role\nPolicy Import,policy-import@cited.test,student\n" };
    case "saveQuestionForm":
      return { type: "SINGLE_CHOICE", stem: "Policy check", intent: "preview" };
    case "changeQuestionStatus":
      return { questionId: "clnoquestion000000000000", status: "RETIRED" };
    case "importGiftFile":
      return { step: "preview", gift: "::Policy::Is this a policy check? {T}\n" };
    case "importContentBundle":
      return { step: "preview", file: new File([policyBundle], "policy.bundle.json", { type: "application/json" }) };
    case "tryPublicQuiz":
      return { slug: "alaska-summit-practice" };
    case "regradeAssignment":
      return { assignmentId: teaching.assignmentId, confirm: "yes" };
    case "overrideResponseScore":
      return { attemptId: "clnoattempt0000000000000", position: "0", score: "1", reason: "Policy check." };
    case "removeResponseOverride":
      return { attemptId: "clnoattempt0000000000000", position: "0" };
    case "createQuizSet":
      return { title: "Policy check set", description: "", shuffleOptions: "on" };
    case "addQuizSetItem":
    case "removeQuizSetItem":
      return { quizSetId: "clnoquizset0000000000000", questionId: "clnoquestion000000000000" };
    case "moveQuizSetItem":
      return { quizSetId: "clnoquizset0000000000000", questionId: "clnoquestion000000000000", direction: "up" };
    case "createAssignment":
      return { ...assignmentSettings, classId: teaching.classId, quizSetId: "clnoquizset0000000000000" };
    case "updateAssignment":
      return { ...assignmentSettings, assignmentId: "clnoassignment00000000000" };
    case "archiveAssignment":
      return { assignmentId: "clnoassignment00000000000", archived: "true" };
    case "deleteAssignment":
      return { assignmentId: "clnoassignment00000000000" };
    case "saveExtension":
      return { assignmentId: teaching.assignmentId, userId: "clnostudent0000000000000", extraMinutes: "10", timeZone: "UTC" };
    case "removeExtension":
      return { assignmentId: teaching.assignmentId, userId: "clnostudent0000000000000" };
    case "createClass":
      return { name: "Policy sample class" };
    case "renameClass":
      return { classId: teaching.classId, name: teaching.className };
    case "setClassArchived":
      return { classId: teaching.classId, archived: "false" };
    case "regenerateJoinCode":
      return { classId: "clnoclass000000000000000" };
    case "removeStudentFromClass":
      return { classId: teaching.classId, studentId: "clnostudent0000000000000" };
    case "addCoTeacher":
      return { classId: teaching.classId, email: actorEmails.coTeacher };
    case "removeCoTeacher":
      return { classId: teaching.classId, userId: "clnouser0000000000000000" };
    case "joinClass":
      return { code: "WRONGCODE" };
    case "saveSource":
      return { intent: "preview", mode: "text", title: "Policy source", text: "Policy headline\nA first sentence. A second one." };
    case "correctSourceText":
      return { intent: "preview", sourceId: "clnosource00000000000000", title: "Policy source", text: "Policy headline" };
    case "publishSource":
      return { sourceId: "clnosource00000000000000" };
    case "createAdminQuizSet":
      return { title: "Policy check set", description: "" };
    case "updateAdminQuizSet":
      return { quizSetId: "clnoquizset0000000000000", title: "Policy check set", description: "", shuffleOptions: "on" };
    case "addQuestionsToQuizSet":
    case "reorderAdminQuizSet":
      return { quizSetId: "clnoquizset0000000000000", "questionIds[]": ["clnoquestion000000000000"] };
    case "moveAdminQuizSetItem":
      return { quizSetId: "clnoquizset0000000000000", questionId: "clnoquestion000000000000", direction: "up" };
    case "removeAdminQuizSetItem":
      return { quizSetId: "clnoquizset0000000000000", questionId: "clnoquestion000000000000" };
    case "publishAdminQuizSet":
      return { quizSetId: "clnoquizset0000000000000", publish: "publish" };
    case "setAdminQuizSetPublic":
      return { quizSetId: "clnoquizset0000000000000", isPublic: "true" };
    // Authoring facts: a code the seed already uses (refused by the handler, nothing created),
    // or a fact and evidence nobody has.
    case "createFact":
      return { statement: "A policy check fact.", kind: "FACT", code: "F1" };
    case "updateFact":
      return { factId: "clnofact0000000000000000", statement: "A policy check fact.", kind: "FACT" };
    case "attachEvidenceBySpan":
      return { factId: "clnofact0000000000000000", sourceId: "clnosource00000000000000", stance: "SUPPORTS", start: "0", end: "5" };
    case "attachEvidenceByQuote":
      return { factId: "clnofact0000000000000000", sourceId: "clnosource00000000000000", stance: "SUPPORTS", quote: "nearly 600" };
    case "deleteEvidence":
      return { evidenceId: "clnoevidence000000000000" };
    case "saveGeneratedDrafts":
      return { factId: "clnofact0000000000000000", "proposals[]": ["numeric"] };
    default:
      return {};
  }
}

/**
 * What an allowed call must show: that the action itself ran (not only that the caller got
 * past the access check). A refusal that only the handler can give counts, e.g. "not found"
 * for an attempt that is not the caller's.
 */
const ran: Record<string, (outcome: ActionOutcome) => boolean> = {
  signIn: (o) => o.ok && o.effects?.startSession?.email === target.email,
  signUp: (o) => o.ok && o.effects?.redirectTo === "/sign-in?created=1",
  signOut: (o) => o.ok && o.effects?.endSession === true,
  updateProfile: (o) => o.ok,
  changePassword: (o) => !o.ok && o.status === 422 && !!o.fieldErrors?.currentPassword,
  startAttempt: (o) => o.ok && /^\/attempts\/[a-z0-9]+$/.test(o.effects?.redirectTo ?? ""),
  saveAttemptPage: (o) => !o.ok && o.status === 404 && o.message === "That attempt was not found.",
  submitAttempt: (o) => !o.ok && o.status === 404 && o.message === "That attempt was not found.",
  tryPublicQuiz: (o) => o.ok && o.data !== undefined,
  setUserRoles: (o) => o.ok,
  setUserDisabled: (o) => o.ok,
  requestPasswordReset: (o) => o.ok && /If an account uses that email/.test(o.message ?? ""),
  resetPassword: (o) => !o.ok && o.status === 422 && /not valid any more/.test(o.message),
  // The preview only: it plans the one new account and writes nothing.
  importUsersFromCsv: (o) => o.ok && (o.data as { kind: string; plan: { creates: number } }).kind === "preview" && (o.data as { plan: { creates: number } }).plan.creates === 1,
  // A preview only: the draft comes back, nothing is written.
  saveQuestionForm: (o) => o.ok && (o.data as { kind: string; draft: { stem: string } }).kind === "edited" && (o.data as { draft: { stem: string } }).draft.stem === "Policy check",
  changeQuestionStatus: (o) => !o.ok && o.status === 404 && o.message === "That question was not found.",
  // The preview only: it reads the one question and writes nothing.
  importGiftFile: (o) => o.ok && (o.data as { kind: string; preview: { questions: unknown[] } }).kind === "preview" && (o.data as { preview: { questions: unknown[] } }).preview.questions.length === 1,
  importContentBundle: (o) => o.ok && (o.data as { kind: string }).kind === "preview",
  issueResetLink: (o) => o.ok && /\/reset-password\?token=[A-Za-z0-9_-]{43}$/.test((o.data as { link: string }).link),
  // The seeded assignment is up to date: the regrade runs and finds nothing to do.
  regradeAssignment: (o) => o.ok && o.message === "Nothing to regrade: the assignment is up to date." && !!o.effects?.redirectTo?.endsWith("/regrade?regraded=0&responses=0&changed=0"),
  overrideResponseScore: (o) => !o.ok && o.status === 404 && o.message === "That attempt was not found.",
  removeResponseOverride: (o) => !o.ok && o.status === 404 && o.message === "That attempt was not found.",
  createQuizSet: (o) => o.ok && /^\/teach\/quiz-sets\/[a-z0-9]+$/.test(o.effects?.redirectTo ?? ""),
  // Rows nobody here has (or the seeded class with a set that does not exist): the data layer's 404.
  addQuizSetItem: (o) => !o.ok && o.status === 404,
  removeQuizSetItem: (o) => !o.ok && o.status === 404,
  moveQuizSetItem: (o) => !o.ok && o.status === 404,
  createAssignment: (o) => !o.ok && o.status === 404,
  updateAssignment: (o) => !o.ok && o.status === 404,
  archiveAssignment: (o) => !o.ok && o.status === 404,
  deleteAssignment: (o) => !o.ok && o.status === 404,
  saveExtension: (o) => !o.ok && o.status === 404,
  removeExtension: (o) => !o.ok && o.status === 404,
  // Teaching actions on the seeded class: done for its teachers and admins, "not found" for a
  // teacher of another class, "only the class's teacher" for a co-teacher where that applies.
  createClass: (o) => o.ok && /^\/teach\/classes\/[a-z0-9]+/.test(o.effects?.redirectTo ?? ""),
  renameClass: (o) => o.ok || classNotFound(o),
  setClassArchived: (o) => o.ok || classNotFound(o) || ownerOnly(o),
  regenerateJoinCode: classNotFound,
  removeStudentFromClass: (o) => classNotFound(o) || (!o.ok && o.status === 404 && o.message === "That student was not found."),
  addCoTeacher: (o) => (o.ok && /already co-teaches/.test(o.message ?? "")) || classNotFound(o) || ownerOnly(o),
  removeCoTeacher: (o) => classNotFound(o) || ownerOnly(o) || (!o.ok && o.status === 404 && o.message === "That co-teacher was not found."),
  joinClass: (o) => !o.ok && o.status === 404 && o.message === wrongCodeMessage,
  // The preview only: the text split for review, nothing saved.
  saveSource: (o) => o.ok && (o.data as { kind: string; refused: boolean }).kind === "source-form" && !(o.data as { refused: boolean }).refused,
  correctSourceText: (o) => !o.ok && o.status === 404 && o.message === "That source was not found.",
  publishSource: (o) => !o.ok && o.status === 404 && o.message === "That source was not found.",
  createAdminQuizSet: (o) => o.ok && /^\/admin\/sets\/[a-z0-9]+$/.test(o.effects?.redirectTo ?? ""),
  // A set nobody has: the data layer's 404, after the admin check.
  updateAdminQuizSet: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  addQuestionsToQuizSet: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  reorderAdminQuizSet: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  moveAdminQuizSetItem: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  removeAdminQuizSetItem: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  publishAdminQuizSet: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  setAdminQuizSetPublic: (o) => !o.ok && o.status === 404 && o.message === "That quiz set was not found.",
  createFact: (o) => !o.ok && o.status === 422 && o.fieldErrors?.code?.[0] === "Another fact has this code.",
  updateFact: (o) => !o.ok && o.status === 404 && o.message === "The fact was not found.",
  attachEvidenceBySpan: (o) => !o.ok && o.status === 404 && o.message === "The fact was not found.",
  attachEvidenceByQuote: (o) => !o.ok && o.status === 404 && o.message === "The fact was not found.",
  deleteEvidence: (o) => !o.ok && o.status === 404 && o.message === "The evidence was not found.",
  saveGeneratedDrafts: (o) => !o.ok && o.status === 404 && o.message === "The fact was not found.",
};

function classNotFound(o: ActionOutcome): boolean {
  return !o.ok && o.status === 404 && o.message === "That class was not found.";
}

function ownerOnly(o: ActionOutcome): boolean {
  return !o.ok && o.status === 403 && o.message === "Only the class's teacher can do that; co-teachers cannot.";
}

function useServerExports(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app");
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  return files
    .map((file) => readFileSync(file, "utf8"))
    .filter((source) => /^\s*["']use server["']/.test(source))
    .flatMap((source) => [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]));
}

describe("the action policy table", () => {
  it("lists every server action in the code, and only those", () => {
    expect(new Set(Object.keys(ran))).toEqual(new Set(Object.keys(actionPolicy)));
    const exported = useServerExports();
    expect(exported.length).toBeGreaterThan(0);
    expect(new Set(exported)).toEqual(new Set(Object.keys(actionPolicy)));
    expect(new Set(Object.keys(actions))).toEqual(new Set(Object.keys(actionPolicy)));
  });

  for (const [name, expected] of Object.entries(actionPolicy)) {
    for (const actor of actorNames) {
      it(`${name} × ${actor}: ${expected[actor]}`, async () => {
        const user = actors.get(actor) ?? null;
        const outcome = await actions[name].run(context(user), sampleInput(name, user));
        if (expected[actor] === "allow") {
          expect(ran[name](outcome), `the action ran: ${JSON.stringify(outcome).slice(0, 300)}`).toBe(true);
        } else {
          expect(outcome).toMatchObject({ ok: false, status: expected[actor] });
        }
      });
    }
  }

  it("refuses control characters (PostgreSQL cannot store NUL) with a 422, not a 500", async () => {
    const student = actors.get("student")!;
    const outcome = await actions.updateProfile.run(context(student), { name: "Sam\u0000Student" });
    expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { name: ["Remove the invisible control characters."] } });
  });

  it("refuses every action without an Origin header, or from another origin", async () => {
    const admin = actors.get("admin")!;
    for (const [name, definition] of Object.entries(actions)) {
      for (const origin of [null, "https://evil.example"]) {
        const outcome = await definition.run(context(admin, { origin }), sampleInput(name, admin));
        expect(outcome, `${name} from ${origin}`).toMatchObject({ ok: false, status: 403 });
      }
    }
  });
});
