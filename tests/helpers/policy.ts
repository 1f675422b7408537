// Who may do what: one table for every server action and every route. The tests check it both
// ways: each entry against the running code, and each action or route in the code against the
// table, so a new action or page without an entry fails.
import type { ActorName } from "./fixtures";

type PerActor<T> = Record<ActorName, T>;

const everyone = <T>(value: T): PerActor<T> => ({
  anonymous: value,
  student: value,
  studentOfAnotherClass: value,
  teacher: value,
  coTeacher: value,
  teacherOfAnotherClass: value,
  admin: value,
});
const signedIn = <T>(anonymous: T, others: T): PerActor<T> => ({ ...everyone(others), anonymous });
const adminOnly = <T>(others: T, admin: T): PerActor<T> => ({ ...everyone(others), admin });

const landing = (anonymous: RouteOutcome): PerActor<RouteOutcome> => ({
  anonymous,
  student: { redirect: "/quizzes" },
  studentOfAnotherClass: { redirect: "/quizzes" },
  teacher: { redirect: "/teach" },
  coTeacher: { redirect: "/teach" },
  teacherOfAnotherClass: { redirect: "/teach" },
  admin: { redirect: "/admin/users" },
});

/** "allow", or the status an actor is refused with. */
export type ActionAccess = "allow" | 401 | 403 | 404;

/** Teachers and admins; the handler then finds only classes the caller teaches (404 otherwise). */
const teachingAction: PerActor<ActionAccess> = { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 };

export const actionPolicy: Record<string, PerActor<ActionAccess>> = {
  signIn: everyone("allow"),
  signUp: everyone("allow"),
  signOut: signedIn<ActionAccess>(401, "allow"),
  updateProfile: signedIn<ActionAccess>(401, "allow"),
  changePassword: signedIn<ActionAccess>(401, "allow"),
  startAttempt: signedIn<ActionAccess>(401, "allow"),
  saveAttemptPage: signedIn<ActionAccess>(401, "allow"),
  submitAttempt: signedIn<ActionAccess>(401, "allow"),
  tryPublicQuiz: everyone("allow"),
  setUserRoles: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  setUserDisabled: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  requestPasswordReset: everyone("allow"),
  resetPassword: everyone("allow"),
  issueResetLink: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  importUsersFromCsv: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  saveQuestionForm: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  changeQuestionStatus: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  importGiftFile: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  importContentBundle: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  // On the seeded class's demo assignment: a teacher of another class finds nothing (404).
  regradeAssignment: { anonymous: 401, student: 403, studentOfAnotherClass: 403, teacher: "allow", coTeacher: "allow", teacherOfAnotherClass: 404, admin: "allow" },
  // A teacher of another class gets past the role check, then a 404 from the data layer.
  overrideResponseScore: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  removeResponseOverride: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  // Teachers' quiz sets, assignments and extensions: a teacher of another class passes the role
  // check and is then refused by the data layer (404), which the action test shows as "ran".
  createQuizSet: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  addQuizSetItem: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  removeQuizSetItem: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  moveQuizSetItem: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  createAssignment: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  updateAssignment: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  archiveAssignment: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  deleteAssignment: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  saveExtension: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  removeExtension: { ...everyone<ActionAccess>("allow"), anonymous: 401, student: 403, studentOfAnotherClass: 403 },
  createClass: teachingAction,
  renameClass: teachingAction,
  setClassArchived: teachingAction,
  regenerateJoinCode: teachingAction,
  removeStudentFromClass: teachingAction,
  addCoTeacher: teachingAction,
  removeCoTeacher: teachingAction,
  joinClass: signedIn<ActionAccess>(401, "allow"),
  // Authoring sources (admins only).
  saveSource: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  correctSourceText: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  publishSource: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  // The admins' bank and quiz sets (authoring): admins only.
  createAdminQuizSet: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  updateAdminQuizSet: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  addQuestionsToQuizSet: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  reorderAdminQuizSet: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  moveAdminQuizSetItem: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  removeAdminQuizSetItem: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  publishAdminQuizSet: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  setAdminQuizSetPublic: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  // Authoring facts and evidence (admins only).
  createFact: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  updateFact: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  attachEvidenceBySpan: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  attachEvidenceByQuote: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  deleteEvidence: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
  saveGeneratedDrafts: { ...adminOnly<ActionAccess>(403, "allow"), anonymous: 401 },
};

/** What a request answers: a status, or a redirect to a path. */
export type RouteOutcome = number | { redirect: string };

/** A teaching page of the seeded class: 403 for students, 404 for a teacher of another class. */
const teachingPage = (redirect: string): PerActor<RouteOutcome> => ({
  anonymous: { redirect },
  student: 403,
  studentOfAnotherClass: 403,
  teacher: 200,
  coTeacher: 200,
  teacherOfAnotherClass: 404,
  admin: 200,
});

export type RouteRule = { method: "GET" | "POST" | "PUT"; path: string; body?: unknown; expect: PerActor<RouteOutcome> };

/**
 * Keyed by the route's file under app/ (its pattern); `path` is a concrete example, where
 * `{classId}`, `{assignmentId}`, `{studentId}`, `{quizSetId}` and `{attemptId}` stand for the
 * seeded teacher's class, its demo assignment, the seeded student, the assignment's quiz set and
 * an attempt of that student at it (tests/e2e/route-policy.spec.ts fills them in).
 */
/** A GET of one class's teaching at `path`: teachingPage, signing in back to the same path. */
function classPage(path: string): RouteRule {
  // The {placeholders} stay as they are: the spec fills them in.
  return { method: "GET", path, expect: teachingPage(`/sign-in?next=${encodeURIComponent(path).replace(/%7B(\w+)%7D/g, "{$1}")}`) };
}

export const routePolicy: Record<string, RouteRule> = {
  "page.tsx": { method: "GET", path: "/", expect: everyone(200) },
  "sources/[slug]/page.tsx": { method: "GET", path: "/sources/ukraine-children-letter", expect: everyone(200) },
  // Someone signed in already lands on their own work (lib/domain/landing.ts).
  "(auth)/sign-in/page.tsx": { method: "GET", path: "/sign-in", expect: landing(200) },
  "(auth)/sign-up/page.tsx": { method: "GET", path: "/sign-up", expect: landing(200) },
  "(auth)/forgot-password/page.tsx": { method: "GET", path: "/forgot-password", expect: everyone(200) },
  // A link that is not (or no longer) valid: the page says so, for everyone.
  "(auth)/reset-password/page.tsx": { method: "GET", path: "/reset-password?token=not-a-token", expect: everyone(200) },
  "account/page.tsx": { method: "GET", path: "/account", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Faccount" }, 200) },
  "admin/users/page.tsx": {
    method: "GET",
    path: "/admin/users",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fusers" } },
  },
  "admin/users/import/page.tsx": {
    method: "GET",
    path: "/admin/users/import",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fusers%2Fimport" } },
  },
  "admin/users/[userId]/page.tsx": {
    method: "GET",
    path: "/admin/users/{studentId}",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fusers%2F{studentId}" } },
  },
  "admin/questions/new/page.tsx": {
    method: "GET",
    path: "/admin/questions/new",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fquestions%2Fnew" } },
  },
  // A question that does not exist: the admin gets past the role check, then a 404.
  "admin/questions/[id]/page.tsx": {
    method: "GET",
    path: "/admin/questions/clnoquestion000000000000",
    expect: { ...adminOnly<RouteOutcome>(403, 404), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fquestions%2Fclnoquestion000000000000" } },
  },
  "admin/transfer/gift/page.tsx": {
    method: "GET",
    path: "/admin/transfer/gift",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ftransfer%2Fgift" } },
  },
  "admin/transfer/gift/export/route.ts": {
    method: "GET",
    path: "/admin/transfer/gift/export?set=alaska-summit-practice",
    // The proxy sends a signed-out visitor to sign in first (every /admin path); the data layer checks again.
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ftransfer%2Fgift%2Fexport%3Fset%3Dalaska-summit-practice" } },
  },
  "admin/transfer/page.tsx": {
    method: "GET",
    path: "/admin/transfer",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ftransfer" } },
  },
  // Signed out, the proxy sends every /admin path to sign-in before the handler's own 401.
  "admin/transfer/bundle/route.ts": {
    method: "GET",
    path: "/admin/transfer/bundle",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ftransfer%2Fbundle" } },
  },
  "admin/audit/page.tsx": {
    method: "GET",
    path: "/admin/audit",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Faudit" } },
  },
  // Authoring sources: admins only; a source that does not exist is a 404 for them.
  "admin/sources/page.tsx": {
    method: "GET",
    path: "/admin/sources",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsources" } },
  },
  "admin/sources/new/page.tsx": {
    method: "GET",
    path: "/admin/sources/new",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsources%2Fnew" } },
  },
  "admin/sources/[id]/page.tsx": {
    method: "GET",
    path: "/admin/sources/clnosource00000000000000",
    expect: { ...adminOnly<RouteOutcome>(403, 404), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsources%2Fclnosource00000000000000" } },
  },
  "admin/sources/[id]/correct/page.tsx": {
    method: "GET",
    path: "/admin/sources/clnosource00000000000000/correct",
    expect: { ...adminOnly<RouteOutcome>(403, 404), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsources%2Fclnosource00000000000000%2Fcorrect" } },
  },
  "admin/sources/[id]/recheck/page.tsx": {
    method: "GET",
    path: "/admin/sources/clnosource00000000000000/recheck",
    expect: { ...adminOnly<RouteOutcome>(403, 404), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsources%2Fclnosource00000000000000%2Frecheck" } },
  },
  "admin/questions/page.tsx": {
    method: "GET",
    path: "/admin/questions",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fquestions" } },
  },
  "admin/sets/page.tsx": {
    method: "GET",
    path: "/admin/sets",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsets" } },
  },
  // The seeded assignment's set is an admins' set.
  "admin/sets/[id]/page.tsx": {
    method: "GET",
    path: "/admin/sets/{quizSetId}",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fsets%2F{quizSetId}" } },
  },
  "admin/facts/page.tsx": {
    method: "GET",
    path: "/admin/facts",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ffacts" } },
  },
  "admin/facts/new/page.tsx": {
    method: "GET",
    path: "/admin/facts/new",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ffacts%2Fnew" } },
  },
  // A fact nobody recorded: admins get past the role check, then a 404.
  "admin/facts/[id]/page.tsx": {
    method: "GET",
    path: "/admin/facts/clnofact0000000000000000",
    expect: { ...adminOnly<RouteOutcome>(403, 404), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Ffacts%2Fclnofact0000000000000000" } },
  },
  "quizzes/page.tsx": { method: "GET", path: "/quizzes", expect: everyone(200) },
  "quizzes/[slug]/page.tsx": { method: "GET", path: "/quizzes/deportations-and-numbers", expect: everyone(200) },
  "quizzes/[slug]/try/page.tsx": { method: "GET", path: "/quizzes/alaska-summit-practice/try", expect: everyone(200) },
  // An assignment or attempt nobody here has: sign in first, then a 404 that reveals nothing.
  "assignments/[id]/page.tsx": {
    method: "GET",
    path: "/assignments/clnoassignment00000000000",
    expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fassignments%2Fclnoassignment00000000000" }, 404),
  },
  "attempts/[id]/page.tsx": {
    method: "GET",
    path: "/attempts/clnoattempt0000000000000",
    expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fattempts%2Fclnoattempt0000000000000" }, 404),
  },
  "attempts/[id]/submit/page.tsx": {
    method: "GET",
    path: "/attempts/clnoattempt0000000000000/submit",
    expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fattempts%2Fclnoattempt0000000000000%2Fsubmit" }, 404),
  },
  "attempts/[id]/review/page.tsx": {
    method: "GET",
    path: "/attempts/clnoattempt0000000000000/review",
    expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fattempts%2Fclnoattempt0000000000000%2Freview" }, 404),
  },
  "progress/page.tsx": { method: "GET", path: "/progress", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fprogress" }, 200) },
  "teach/assignments/[assignmentId]/live/page.tsx": classPage("/teach/assignments/{assignmentId}/live"),
  "teach/assignments/[assignmentId]/regrade/page.tsx": classPage("/teach/assignments/{assignmentId}/regrade"),
  "api/teach/assignments/[assignmentId]/live/route.ts": {
    method: "GET",
    path: "/api/teach/assignments/{assignmentId}/live",
    expect: { anonymous: 401, student: 403, studentOfAnotherClass: 403, teacher: 200, coTeacher: 200, teacherOfAnotherClass: 404, admin: 200 },
  },
  // Item analysis of the seeded class's demo assignment and of its quiz set.
  "teach/assignments/[assignmentId]/analysis/page.tsx": classPage("/teach/assignments/{assignmentId}/analysis"),
  "teach/quiz-sets/[quizSetId]/analysis/page.tsx": classPage("/teach/quiz-sets/{quizSetId}/analysis"),
  "teach/classes/[classId]/gradebook/page.tsx": classPage("/teach/classes/{classId}/gradebook"),
  "teach/classes/[classId]/gradebook/export/route.ts": {
    method: "GET",
    path: "/teach/classes/{classId}/gradebook/export",
    expect: { ...classPage("/").expect, anonymous: 401 },
  },
  "teach/classes/[classId]/students/[studentId]/page.tsx": classPage("/teach/classes/{classId}/students/{studentId}"),
  "teach/attempts/[attemptId]/page.tsx": classPage("/teach/attempts/{attemptId}"),
  // Teachers' quiz sets: every teacher may open the editors' published sets (read-only) and their own.
  "teach/quiz-sets/page.tsx": {
    method: "GET",
    path: "/teach/quiz-sets",
    expect: { ...everyone<RouteOutcome>(200), anonymous: { redirect: "/sign-in?next=%2Fteach%2Fquiz-sets" }, student: 403, studentOfAnotherClass: 403 },
  },
  "teach/quiz-sets/new/page.tsx": {
    method: "GET",
    path: "/teach/quiz-sets/new",
    expect: { ...everyone<RouteOutcome>(200), anonymous: { redirect: "/sign-in?next=%2Fteach%2Fquiz-sets%2Fnew" }, student: 403, studentOfAnotherClass: 403 },
  },
  "teach/quiz-sets/[quizSetId]/page.tsx": {
    method: "GET",
    path: "/teach/quiz-sets/{quizSetId}",
    expect: { ...everyone<RouteOutcome>(200), anonymous: { redirect: "/sign-in?next=%2Fteach%2Fquiz-sets%2F{quizSetId}" }, student: 403, studentOfAnotherClass: 403 },
  },
  "teach/assignments/new/page.tsx": {
    method: "GET",
    path: "/teach/assignments/new?classId={classId}",
    expect: {
      ...everyone<RouteOutcome>(200),
      anonymous: { redirect: "/sign-in?next=%2Fteach%2Fassignments%2Fnew%3FclassId%3D{classId}" },
      student: 403,
      studentOfAnotherClass: 403,
      teacherOfAnotherClass: 404,
    },
  },
  "teach/assignments/[assignmentId]/page.tsx": {
    method: "GET",
    path: "/teach/assignments/{assignmentId}",
    expect: {
      ...everyone<RouteOutcome>(200),
      anonymous: { redirect: "/sign-in?next=%2Fteach%2Fassignments%2F{assignmentId}" },
      student: 403,
      studentOfAnotherClass: 403,
      teacherOfAnotherClass: 404,
    },
  },
  "teach/page.tsx": { method: "GET", path: "/teach", expect: { ...teachingPage("/sign-in?next=%2Fteach"), teacherOfAnotherClass: 200 } },
  "teach/classes/[classId]/page.tsx": {
    method: "GET",
    path: "/teach/classes/{classId}",
    expect: teachingPage("/sign-in?next=%2Fteach%2Fclasses%2F{classId}"),
  },
  "teach/classes/[classId]/code/page.tsx": {
    method: "GET",
    path: "/teach/classes/{classId}/code",
    expect: teachingPage("/sign-in?next=%2Fteach%2Fclasses%2F{classId}%2Fcode"),
  },
  "join/page.tsx": { method: "GET", path: "/join", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fjoin" }, 200) },
  // Showing the class of a join link changes nothing (joining takes a POST).
  "join/[code]/page.tsx": { method: "GET", path: "/join/ALASKA25", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fjoin%2FALASKA25" }, 200) },
  "api/health/route.ts": { method: "GET", path: "/api/health", expect: everyone(200) },
  // Autosave on an attempt nobody here owns: 401 for a visitor, 404 (revealing nothing) for others.
  "api/attempts/[attemptId]/responses/[position]/route.ts": {
    method: "PUT",
    path: "/api/attempts/clnoattempt0000000000000/responses/0",
    body: { answer: { choice: "a" }, sequence: 0 },
    expect: signedIn(401, 404),
  },
  "api/auth/sign-in/route.ts": {
    method: "POST",
    path: "/api/auth/sign-in",
    body: { email: "nobody@cited.test", password: "not the password" },
    expect: everyone(401),
  },
};
