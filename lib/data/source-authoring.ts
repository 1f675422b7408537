import "server-only";
// Adding sources and reading them for the admin's pages. Every function re-checks, in its own
// transaction, that the actor is an enabled admin, and writes its audit entry in the same one.
import { createHash } from "node:crypto";
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { slugFromTitle, type SourceInput } from "@/lib/domain/source-input";
import { splitWithChoices, type LineChoices } from "@/lib/domain/source-layout";

type Tx = Prisma.TransactionClient;

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The rows a text becomes: its sentences with their citable flags and its teasers as related links. */
export function textRows(text: string, choices: LineChoices) {
  const split = splitWithChoices(text, choices);
  if (split.problems.length > 0) throw new ValidationError(split.problems.join(" "), { lines: split.problems });
  return {
    sentences: split.sentences.map(({ index, start, end, paragraph, kind, citable }) => ({ index, start, end, paragraph, kind, citable })),
    relatedLinks: split.related.map((r) => ({ title: r.text, start: r.start, end: r.end })),
  };
}

/** The source's fields as the audit log keeps them (never the whole text: its hash says which). */
export function auditFields(source: { slug: string; title: string; status: string; revision: number; contentHash: string | null; url: string | null }) {
  return { slug: source.slug, title: source.title, status: source.status, revision: source.revision, contentHash: source.contentHash, url: source.url };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Saves a new source (pasted text split as the review chose, or link-only). */
export async function createSource(actor: Viewer | null, input: SourceInput, choices: LineChoices): Promise<{ id: string; slug: string }> {
  const rows = input.text !== null ? textRows(input.text, choices) : null;
  try {
    return await db().$transaction(async (tx) => {
      const admin = await assertAdmin(tx, actor);
      const slug = await freeSlug(tx, slugFromTitle(input.title));
      const hash = input.text !== null ? contentHash(input.text) : null;
      const created = await tx.source.create({
        data: {
          slug,
          title: input.title,
          publisher: input.publisher,
          url: input.url,
          publishedAt: input.publishedAt,
          retrievedAt: input.retrievedAt,
          text: input.text,
          contentHash: hash,
          status: input.status,
          sentences: rows ? { create: rows.sentences } : undefined,
          relatedLinks: rows ? { create: rows.relatedLinks } : undefined,
        },
        select: { id: true, slug: true, title: true, status: true, revision: true, contentHash: true, url: true },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "source.create",
        entity: { type: "Source", id: created.id },
        after: { ...auditFields(created), sentences: rows?.sentences.length ?? 0, notCitable: rows?.sentences.filter((s) => !s.citable).length ?? 0, teasers: rows?.relatedLinks.length ?? 0 },
      });
      return { id: created.id, slug: created.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Another source with this title was saved at the same moment. Save again.");
    throw error;
  }
}

/** Publishes a draft: from then on its text cannot change (a correction is a new revision). */
export async function publishSource(actor: Viewer | null, sourceId: string): Promise<void> {
  if (!isId(sourceId)) throw new NotFoundError("That source");
  await db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { status: true } });
    if (!source) throw new NotFoundError("That source");
    if (source.status === "PUBLISHED") throw new ConflictError("This source is published already.");
    if (source.status === "RETIRED") throw new ConflictError("This source is retired: it cannot be published again.");
    await tx.source.update({ where: { id: sourceId }, data: { status: "PUBLISHED" } });
    await recordAudit(tx, { actorId: admin.id, action: "source.publish", entity: { type: "Source", id: sourceId }, before: { status: source.status }, after: { status: "PUBLISHED" } });
  });
}

export async function listSourcesForAuthoring(actor: Viewer | null) {
  await assertAdmin(db(), actor);
  return db().source.findMany({
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      revision: true,
      status: true,
      contentHash: true,
      nextRevision: { select: { id: true, revision: true } },
      _count: { select: { sentences: true, evidence: true } },
    },
  });
}

export type SourceForAuthoring = NonNullable<Awaited<ReturnType<typeof getSourceForAuthoring>>>;

export async function getSourceForAuthoring(actor: Viewer | null, sourceId: string) {
  await assertAdmin(db(), actor);
  if (!isId(sourceId)) return null;
  return db().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      retrievedAt: true,
      text: true,
      contentHash: true,
      status: true,
      revision: true,
      previousRevision: { select: { id: true, slug: true, revision: true } },
      nextRevision: { select: { id: true, slug: true, revision: true } },
      sentences: { orderBy: { index: "asc" }, select: { index: true, start: true, end: true, paragraph: true, kind: true, citable: true } },
      relatedLinks: { orderBy: { start: "asc" }, select: { title: true, url: true, start: true, end: true } },
      evidence: {
        orderBy: [{ start: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          quote: true,
          start: true,
          end: true,
          stance: true,
          note: true,
          previousEvidenceId: true,
          fact: { select: { id: true, code: true, statement: true } },
          _count: { select: { citations: true } },
        },
      },
    },
  });
}
