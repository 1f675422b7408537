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

/** "allow", or the status an actor is refused with. */
export type ActionAccess = "allow" | 401 | 403;

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
  createClass: teachingAction,
  renameClass: teachingAction,
  setClassArchived: teachingAction,
  regenerateJoinCode: teachingAction,
  removeStudentFromClass: teachingAction,
  addCoTeacher: teachingAction,
  removeCoTeacher: teachingAction,
  joinClass: signedIn<ActionAccess>(401, "allow"),
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
export const routePolicy: Record<string, RouteRule> = {
  "page.tsx": { method: "GET", path: "/", expect: everyone(200) },
  "sources/[slug]/page.tsx": { method: "GET", path: "/sources/ukraine-children-letter", expect: everyone(200) },
  "(auth)/sign-in/page.tsx": { method: "GET", path: "/sign-in", expect: signedIn<RouteOutcome>(200, { redirect: "/" }) },
  "(auth)/sign-up/page.tsx": { method: "GET", path: "/sign-up", expect: signedIn<RouteOutcome>(200, { redirect: "/" }) },
  "account/page.tsx": { method: "GET", path: "/account", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Faccount" }, 200) },
  "admin/users/page.tsx": {
    method: "GET",
    path: "/admin/users",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Fusers" } },
  },
  "admin/audit/page.tsx": {
    method: "GET",
    path: "/admin/audit",
    expect: { ...adminOnly<RouteOutcome>(403, 200), anonymous: { redirect: "/sign-in?next=%2Fadmin%2Faudit" } },
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
  "attempts/[id]/review/page.tsx": {
    method: "GET",
    path: "/attempts/clnoattempt0000000000000/review",
    expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fattempts%2Fclnoattempt0000000000000%2Freview" }, 404),
  },
  "progress/page.tsx": { method: "GET", path: "/progress", expect: signedIn<RouteOutcome>({ redirect: "/sign-in?next=%2Fprogress" }, 200) },
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
