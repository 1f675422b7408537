import "server-only";
// Correcting a source's text. A published text never changes, so a correction is a new Source
// row (the next revision). Every quote of the old revision is re-checked against the new text:
// what resolves to one citable span moves (new evidence on the new revision, and a new version
// of every question whose current version cited the old evidence); what does not stays where
// it is and is listed on the re-check report. All of it in one transaction, audited.
import { auditFields, contentHash, freeSlug, isUniqueViolation, textRows } from "./source-authoring";
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { resolveCitableQuote } from "@/lib/domain/citable-quote";
import { revisionSlug, type SourceInput } from "@/lib/domain/source-input";
import type { LineChoices } from "@/lib/domain/source-layout";
import { recheckQuotes } from "@/lib/domain/source-recheck";

type Tx = Prisma.TransactionClient;

export type CorrectionOutcome = { id: string; slug: string; moved: number; broken: number; questions: number };

/** Gives each question whose current version cites moved evidence a new version citing its successor. */
async function reversionQuestions(tx: Tx, actorId: string, successors: Map<string, string>): Promise<number> {
  if (successors.size === 0) return 0;
  const questions = await tx.question.findMany({
    where: { currentVersion: { citations: { some: { evidenceId: { in: [...successors.keys()] } } } } },
    select: {
      id: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
      currentVersion: {
        select: {
          id: true,
          type: true,
          stem: true,
          options: true,
          key: true,
          feedback: true,
          explanation: true,
          points: true,
          difficulty: true,
          tags: true,
          citations: { orderBy: { position: "asc" }, select: { evidenceId: true, position: true } },
        },
      },
    },
  });
  for (const question of questions) {
    const current = question.currentVersion!;
    const version = question.versions[0].version + 1;
    // Versions are immutable: the new one is a copy with the citations swapped.
    const created = await tx.questionVersion.create({
      data: {
        questionId: question.id,
        version,
        type: current.type,
        stem: current.stem,
        options: current.options as Prisma.InputJsonValue,
        key: current.key as Prisma.InputJsonValue,
        feedback: (current.feedback as Prisma.InputJsonValue | null) ?? undefined,
        explanation: current.explanation,
        points: current.points,
        difficulty: current.difficulty,
        tags: current.tags,
        citations: { create: current.citations.map((c) => ({ evidenceId: successors.get(c.evidenceId) ?? c.evidenceId, position: c.position })) },
      },
      select: { id: true },
    });
    await tx.question.update({ where: { id: question.id }, data: { currentVersionId: created.id } });
    await recordAudit(tx, {
      actorId,
      action: "question.version",
      entity: { type: "QuestionVersion", id: created.id },
      before: { version: version - 1, versionId: current.id },
      after: { version, reason: "source revision", citations: current.citations.filter((c) => successors.has(c.evidenceId)).length },
    });
  }
  return questions.length;
}

/** Saves `input` (a corrected text, split as the review chose) as the next revision of `sourceId`. */
export async function correctSourceText(actor: Viewer | null, sourceId: string, input: SourceInput, choices: LineChoices): Promise<CorrectionOutcome> {
  if (!isId(sourceId)) throw new NotFoundError("That source");
  if (input.text === null) throw new ValidationError("Paste the corrected text.", { text: ["Paste the corrected text."] });
  const text = input.text;
  const rows = textRows(text, choices);
  try {
    return await db().$transaction(
      async (tx) => {
        const admin = await assertAdmin(tx, actor);
        const old = await tx.source.findUnique({
          where: { id: sourceId },
          select: { id: true, slug: true, text: true, revision: true, nextRevision: { select: { revision: true } } },
        });
        if (!old) throw new NotFoundError("That source");
        if (old.text === null) throw new ValidationError("A link-only source has no text to correct.");
        if (old.nextRevision) throw new ConflictError(`This text was corrected already: correct the latest revision (revision ${old.nextRevision.revision}) instead.`);
        if (old.text === text) throw new ValidationError("The text is the same as this revision's: there is nothing to correct.", { text: ["The text is unchanged."] });

        const revision = old.revision + 1;
        const created = await tx.source.create({
          data: {
            slug: await freeSlug(tx, revisionSlug(old.slug, revision)),
            title: input.title,
            publisher: input.publisher,
            url: input.url,
            publishedAt: input.publishedAt,
            retrievedAt: input.retrievedAt,
            text,
            contentHash: contentHash(text),
            status: input.status,
            revision,
            previousRevisionId: old.id,
            sentences: { create: rows.sentences },
            relatedLinks: { create: rows.relatedLinks },
          },
          select: { id: true, slug: true, title: true, status: true, revision: true, contentHash: true, url: true },
        });

        const evidence = await tx.evidence.findMany({ where: { sourceId: old.id }, orderBy: { createdAt: "asc" } });
        const teasers = rows.relatedLinks.map((r) => ({ start: r.start, end: r.end }));
        const outcome = recheckQuotes(text, rows.sentences, teasers, evidence);
        const successors = new Map<string, string>();
        for (const move of outcome.moves) {
          const before = evidence.find((e) => e.id === move.id)!;
          const moved = await tx.evidence.create({
            data: {
              factId: before.factId,
              sourceId: created.id,
              quote: before.quote,
              start: move.span.start,
              end: move.span.end,
              stance: before.stance,
              note: before.note,
              claimant: before.claimant,
              asOf: before.asOf,
              asOfPrecision: before.asOfPrecision,
              previousEvidenceId: before.id,
            },
            select: { id: true },
          });
          successors.set(before.id, moved.id);
        }
        const questions = await reversionQuestions(tx, admin.id, successors);
        await recordAudit(tx, {
          actorId: admin.id,
          action: "source.revise",
          entity: { type: "Source", id: created.id },
          before: { previousRevisionId: old.id, revision: old.revision },
          after: { ...auditFields(created), moved: outcome.moves.length, broken: outcome.broken.map((b) => ({ evidenceId: b.id, reason: b.reason })), questions },
        });
        return { id: created.id, slug: created.slug, moved: outcome.moves.length, broken: outcome.broken.length, questions };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This text was corrected at the same moment by someone else. Open the latest revision.");
    throw error;
  }
}

export type RecheckReport = NonNullable<Awaited<ReturnType<typeof getRecheckReport>>>;

/**
 * What happened to the previous revision's quotes: those that moved to this revision, and those
 * that did not (with the reason, checked again now) with the questions whose current version
 * still cites them. Null when the source does not exist or is a first revision.
 */
export async function getRecheckReport(actor: Viewer | null, sourceId: string) {
  await assertAdmin(db(), actor);
  if (!isId(sourceId)) return null;
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      title: true,
      revision: true,
      text: true,
      sentences: { select: { index: true, start: true, end: true, citable: true } },
      relatedLinks: { select: { start: true, end: true } },
      previousRevision: {
        select: {
          id: true,
          revision: true,
          evidence: {
            orderBy: [{ start: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              quote: true,
              stance: true,
              fact: { select: { id: true, code: true, statement: true } },
              carriedOver: { where: { sourceId }, select: { id: true, start: true } },
              citations: {
                select: { questionVersion: { select: { id: true, version: true, stem: true, question: { select: { id: true, code: true, currentVersionId: true } } } } },
              },
            },
          },
        },
      },
    },
  });
  if (!source?.previousRevision || source.text === null) return null;
  const text = source.text;
  const teasers = source.relatedLinks.flatMap((r) => (r.start !== null && r.end !== null ? [{ start: r.start, end: r.end }] : []));
  const sentenceAt = (offset: number) => source.sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? null;
  const citing = (e: (typeof source.previousRevision.evidence)[number]) =>
    e.citations
      .map((c) => c.questionVersion)
      .filter((v) => v.question.currentVersionId === v.id)
      .map((v) => ({ id: v.question.id, code: v.question.code, version: v.version, stem: v.stem }));

  const moved = source.previousRevision.evidence
    .filter((e) => e.carriedOver.length > 0)
    .map((e) => ({ id: e.id, quote: e.quote, fact: e.fact, sentence: sentenceAt(e.carriedOver[0].start ?? -1), newEvidenceId: e.carriedOver[0].id }));
  const broken = source.previousRevision.evidence
    .filter((e) => e.carriedOver.length === 0)
    .map((e) => {
      const resolved = resolveCitableQuote(text, e.quote, source.sentences, teasers);
      return { id: e.id, quote: e.quote, stance: e.stance, fact: e.fact, message: resolved.ok ? "Resolves now, but was not carried over." : resolved.message, questions: citing(e) };
    });
  return { source: { id: source.id, title: source.title, revision: source.revision }, previous: { id: source.previousRevision.id, revision: source.previousRevision.revision }, moved, broken };
}

/** The source a correction starts from (its current fields), or 404; refused if it cannot be corrected. */
export async function getCorrectableSource(actor: Viewer | null, sourceId: string) {
  await assertAdmin(db(), actor);
  if (!isId(sourceId)) throw new NotFoundError("That source");
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      retrievedAt: true,
      text: true,
      status: true,
      revision: true,
      nextRevision: { select: { id: true, revision: true } },
      sentences: { select: { paragraph: true, kind: true, citable: true } },
      relatedLinks: { select: { start: true } },
    },
  });
  if (!source) throw new NotFoundError("That source");
  if (source.text === null) throw new ValidationError("A link-only source has no text to correct.");
  if (source.nextRevision) throw new ConflictError(`This text was corrected already: correct the latest revision (revision ${source.nextRevision.revision}) instead.`);
  return source;
}
