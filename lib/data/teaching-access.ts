import "server-only";
// Who teaches what, as `where` clauses: every teaching query (classes, assignments, live view,
// gradebook, item analysis, regrade) puts one of these in its own `where`, so a teacher of
// another class finds nothing (a 404 that reveals nothing) rather than being checked after the
// fact. Admins see every class. A co-teacher sees and does what the class's teacher does,
// except archiving the class and choosing its co-teachers (`classWhereOwnedBy`).
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/errors";
import { hasRole, signedIn, type Viewer } from "@/lib/identity/viewer";

/** The caller, who must be a teacher or an admin (403 otherwise, 401 when anonymous). */
export function teachingViewer(actor: Viewer | null): Viewer {
  const viewer = signedIn(actor);
  if (!hasRole(viewer, "TEACHER") && !hasRole(viewer, "ADMIN")) throw new ForbiddenError();
  return viewer;
}

/** Classes the caller teaches or co-teaches (every class for an admin). */
export function classWhereTaughtBy(actor: Viewer | null): Prisma.ClassWhereInput {
  const viewer = teachingViewer(actor);
  if (hasRole(viewer, "ADMIN")) return {};
  return { OR: [{ teacherId: viewer.id }, { coTeachers: { some: { userId: viewer.id } } }] };
}

/** Classes the caller is the (main) teacher of (every class for an admin). */
export function classWhereOwnedBy(actor: Viewer | null): Prisma.ClassWhereInput {
  const viewer = teachingViewer(actor);
  if (hasRole(viewer, "ADMIN")) return {};
  return { teacherId: viewer.id };
}

/** Assignments of the classes the caller teaches. */
export function assignmentWhereTaughtBy(actor: Viewer | null): Prisma.AssignmentWhereInput {
  return { class: classWhereTaughtBy(actor) };
}

/** Quiz sets a teacher may assign: the admins' published sets and their own. */
export function assignableQuizSetWhere(actor: Viewer | null): Prisma.QuizSetWhereInput {
  const viewer = teachingViewer(actor);
  return { status: "PUBLISHED", OR: [{ ownerId: null }, { ownerId: viewer.id }] };
}
