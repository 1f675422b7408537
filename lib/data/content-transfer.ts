import "server-only";
// Content import and export for admins: a Cited bundle of the whole instance or one quiz set,
// the preview of an uploaded bundle, and its import, all in one transaction and audited
// (entity ContentImport). The checks and the writing are lib/content/bundle-*.ts, shared with
// the seed.
import { randomUUID } from "node:crypto";
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { lineMessages, readBundle } from "@/lib/content/bundle-check";
import { exportBundle, type ExportScope } from "@/lib/content/bundle-export";
import { importCheckedBundle, planImport, type ImportCounts, type ImportPlan } from "@/lib/content/bundle-import";
import { serializeBundle } from "@/lib/content/bundle-serialize";
import type { Viewer } from "@/lib/identity/viewer";

export type BundlePreview =
  | { ok: true; plan: Omit<ImportPlan, "conflicts"> }
  | { ok: false; errors: string[] };

export type BundleImportOutcome = { imported: true; counts: ImportCounts; importId: string } | { imported: false; errors: string[] };

export async function exportContentBundle(actor: Viewer | null, scope: ExportScope): Promise<{ fileName: string; body: string }> {
  const bundle = await db().$transaction(
    async (tx) => {
      await assertAdmin(tx, actor);
      if (scope.kind === "set" && (await tx.quizSet.count({ where: { slug: scope.slug, ownerId: null } })) === 0) throw new NotFoundError("That quiz set");
      return exportBundle(tx, scope);
    },
    // One snapshot: a question edited during the export is either wholly in it or not at all.
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000 },
  );
  // The slug is checked against the database above, so it is safe in a file name.
  const fileName = scope.kind === "set" ? `cited-set-${scope.slug}.bundle.json` : "cited-content.bundle.json";
  return { fileName, body: serializeBundle(bundle) };
}

/** The admins' quiz sets, each of which can be exported alone. */
export async function listExportableSets(actor: Viewer | null) {
  await assertAdmin(db(), actor);
  return db().quizSet.findMany({
    where: { ownerId: null },
    orderBy: { title: "asc" },
    select: { slug: true, title: true, status: true, _count: { select: { items: true } } },
  });
}

/** What importing this bundle would create, or every problem with its line; nothing is written. */
export async function previewContentImport(actor: Viewer | null, text: string): Promise<BundlePreview> {
  const client = db();
  await assertAdmin(client, actor);
  const reading = readBundle(text);
  if (!reading.ok) return { ok: false, errors: reading.errors };
  const { conflicts, ...plan } = await planImport(client, reading.checked, "upload");
  if (conflicts.length > 0) return { ok: false, errors: lineMessages(conflicts, reading.lineOf) };
  return { ok: true, plan };
}

/** Checks the bundle again and imports all of it in one transaction, or nothing. */
export async function importContentBundle(actor: Viewer | null, text: string): Promise<BundleImportOutcome> {
  const admin = await assertAdmin(db(), actor);
  const reading = readBundle(text);
  if (!reading.ok) return { imported: false, errors: reading.errors };
  const importId = randomUUID();
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        await assertAdmin(tx, actor);
        return importCheckedBundle(tx, reading.checked, "upload", async (plan, counts) => {
          await recordAudit(tx, {
            actorId: admin.id,
            action: "content.import",
            entity: { type: "ContentImport", id: importId },
            after: {
              counts,
              sources: plan.sources.filter((s) => s.action === "create").map((s) => s.slug),
              quizSets: plan.quizSets.filter((s) => s.action === "create").map((s) => s.slug),
            },
          });
        });
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
    if (!outcome.imported) return { imported: false, errors: lineMessages(outcome.plan.conflicts, reading.lineOf) };
    return { imported: true, counts: outcome.counts, importId };
  } catch (error) {
    // Another admin created one of the handles between our check and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("Something with one of this bundle's handles was created meanwhile, so nothing was imported. Upload the file again.");
    }
    throw error;
  }
}
