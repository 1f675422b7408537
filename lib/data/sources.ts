import "server-only";
import { isSlug } from "@/lib/validation/ids";
import { db } from "@/lib/db";
import { hasRole, type Viewer } from "@/lib/identity/viewer";

/** Anyone may read published sources; admins also see drafts. */
function visibleTo(viewer: Viewer | null) {
  return hasRole(viewer, "ADMIN") ? {} : { status: "PUBLISHED" as const };
}

export async function listSources(viewer: Viewer | null) {
  return db().source.findMany({
    where: visibleTo(viewer),
    // Sources kept in full come first, then linked ones, newest first.
    orderBy: [{ contentHash: { sort: "asc", nulls: "last" } }, { publishedAt: { sort: "desc", nulls: "last" } }],
    select: { slug: true, title: true, publisher: true, url: true, publishedAt: true, summary: true, contentHash: true },
  });
}

export type SourceForReader = NonNullable<Awaited<ReturnType<typeof getSourceForReader>>>;

/** A source with its sentences and related links, or null when it does not exist or is hidden. */
export async function getSourceForReader(viewer: Viewer | null, slug: string) {
  if (!isSlug(slug)) return null;
  return db().source.findFirst({
    where: { slug, ...visibleTo(viewer) },
    select: {
      slug: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      retrievedAt: true,
      summary: true,
      text: true,
      sentences: { orderBy: { index: "asc" }, select: { index: true, start: true, end: true, paragraph: true, kind: true } },
      relatedLinks: { select: { title: true, url: true, start: true } },
    },
  });
}
