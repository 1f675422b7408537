import "server-only";
import { db } from "@/lib/db";
import { hasRole, type Viewer } from "@/lib/identity/viewer";

/** Published quiz sets with their question counts; admins also see drafts. */
export async function listQuizSets(viewer: Viewer | null) {
  const sets = await db().quizSet.findMany({
    // Teachers' own sets are for their classes only: never listed for practice.
    where: hasRole(viewer, "ADMIN") ? { ownerId: null } : { status: "PUBLISHED", ownerId: null },
    orderBy: [{ isPublic: "desc" }, { title: "asc" }],
    select: { slug: true, title: true, description: true, isPublic: true, _count: { select: { items: true } } },
  });
  return sets.map(({ _count, ...set }) => ({ ...set, questionCount: _count.items }));
}
