import "server-only";
// Writing questions (admins): create, save (replacing a version no one has seen, or adding the
// next one: lib/domain/question-form-rules.ts), publish, retire. Each write re-checks the actor
// inside its transaction and is audited in it. Question versions themselves are never updated
// (a database trigger refuses it): a replaced draft version is deleted and written again.
import { recordAudit } from "./audit";
import { versionContentSelect } from "@/lib/data/question-version-content";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import type { ReviewCitation } from "@/lib/data/review";
import { citationLabel } from "@/lib/domain/evidence-label";
import type { QuestionInput, StoredVersion } from "@/lib/domain/question-form";
import { citationResolves, publishProblem, saveModeFor } from "@/lib/domain/question-form-rules";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { sentenceAt } from "@/lib/domain/sentences";
import { textFragmentUrl } from "@/lib/domain/text-fragment";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";

type Tx = Prisma.TransactionClient;
export type QuestionStatus = "DRAFT" | "PUBLISHED" | "RETIRED";

const citedEvidenceSelect = { id: true, quote: true, start: true, end: true, source: { select: { text: true } } } as const;

/** The evidence ids must exist; returns them with what publishing checks. */
async function checkCitations(tx: Tx, ids: string[]) {
  const found = ids.length ? await tx.evidence.findMany({ where: { id: { in: ids } }, select: citedEvidenceSelect }) : [];
  if (found.length !== ids.length) {
    const message = "A ticked citation no longer exists: search again and tick another.";
    throw new ValidationError(message, { citations: [message] });
  }
  return found;
}

function versionData(input: QuestionInput) {
  return {
    type: input.type,
    stem: input.stem,
    options: input.content.options as Prisma.InputJsonValue,
    key: input.content.key as Prisma.InputJsonValue,
    feedback: (input.content.feedback ?? undefined) as Prisma.InputJsonValue | undefined,
    explanation: input.explanation,
    points: input.points,
    difficulty: input.difficulty,
    tags: input.tags,
    citations: { create: input.citationIds.map((evidenceId, position) => ({ evidenceId, position })) },
  };
}

const summary = (input: QuestionInput) => ({ type: input.type, stem: input.stem, points: input.points, difficulty: input.difficulty, tags: input.tags, citations: input.citationIds });

/** A new draft question with version 1. */
export async function createQuestion(actor: Viewer | null, input: QuestionInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    await checkCitations(tx, input.citationIds);
    const question = await tx.question.create({ data: { status: "DRAFT", authorId: admin.id }, select: { id: true } });
    const version = await tx.questionVersion.create({ data: { questionId: question.id, version: 1, ...versionData(input) }, select: { id: true } });
    await tx.question.update({ where: { id: question.id }, data: { currentVersionId: version.id } });
    await recordAudit(tx, { actorId: admin.id, action: "question.create", entity: { type: "Question", id: question.id }, after: { version: 1, ...summary(input) } });
    return question;
  });
}

/** Locks the question for this transaction (two saves at once would both take the same number). */
async function lockQuestion(tx: Tx, questionId: string) {
  if (!isId(questionId)) throw new NotFoundError("That question");
  await tx.$queryRaw`SELECT 1 FROM "Question" WHERE id = ${questionId} FOR UPDATE`;
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: { id: true, status: true, currentVersion: { select: { id: true, version: true } } },
  });
  if (!question) throw new NotFoundError("That question");
  return question;
}

async function useOf(tx: Tx, versionId: string, questionId: string) {
  const [responses, inAssignments, inPublishedSets] = await Promise.all([
    tx.response.count({ where: { questionVersionId: versionId } }),
    tx.assignmentItem.count({ where: { questionVersionId: versionId } }),
    tx.quizItem.count({ where: { questionId, quizSet: { status: "PUBLISHED" } } }),
  ]);
  return { responses, inAssignments, inPublishedSets };
}

export type SaveOutcome = { mode: "replace" | "new-version"; version: number };

/**
 * Saves an edit. A current version that has responses, sits in a published set or is frozen into
 * an assignment stays as it was and the edit becomes the next version; otherwise the current
 * version is replaced (same number). A published question stays published only while a
 * citation resolves.
 */
export async function saveQuestion(actor: Viewer | null, questionId: string, input: QuestionInput): Promise<SaveOutcome> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const question = await lockQuestion(tx, questionId);
    const cited = await checkCitations(tx, input.citationIds);
    if (question.status === "PUBLISHED") {
      const problem = publishProblem(cited);
      if (problem) throw new ValidationError(`This question is published, so it must keep a citation that resolves. ${problem}`, { citations: [problem] });
    }
    const current = question.currentVersion;
    const mode = current ? saveModeFor(await useOf(tx, current.id, question.id)) : "new-version";
    let version: number;
    if (current && mode === "replace") {
      // The current version is unseen: written again with the same number. The question briefly
      // has no current version (and so may not be "published" for that moment: a check constraint).
      version = current.version;
      await tx.question.update({ where: { id: question.id }, data: { currentVersionId: null, status: "DRAFT" } });
      await tx.questionVersion.delete({ where: { id: current.id } });
    } else {
      const last = await tx.questionVersion.aggregate({ where: { questionId: question.id }, _max: { version: true } });
      version = (last._max.version ?? 0) + 1;
    }
    const created = await tx.questionVersion.create({ data: { questionId: question.id, version, ...versionData(input) }, select: { id: true } });
    await tx.question.update({ where: { id: question.id }, data: { currentVersionId: created.id, status: question.status } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: mode === "replace" ? "question.edit" : "question.version",
      entity: { type: "Question", id: question.id },
      before: current ? { version: current.version } : undefined,
      after: { version, mode, ...summary(input) },
    });
    return { mode, version };
  });
}

/** Draft, published or retired. Publishing needs a citation that resolves; nothing is deleted. */
export async function setQuestionStatus(actor: Viewer | null, questionId: string, status: QuestionStatus): Promise<void> {
  await db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const question = await lockQuestion(tx, questionId);
    if (status === "PUBLISHED") {
      if (!question.currentVersion) throw new ValidationError("Save the question before publishing it.");
      const citations = await tx.citation.findMany({ where: { questionVersionId: question.currentVersion.id }, select: { evidence: { select: citedEvidenceSelect } } });
      const problem = publishProblem(citations.map((c) => c.evidence));
      if (problem) throw new ValidationError(problem, { citations: [problem] });
    }
    if (question.status === status) return;
    await tx.question.update({ where: { id: question.id }, data: { status } });
    await recordAudit(tx, { actorId: admin.id, action: "question.status", entity: { type: "Question", id: question.id }, before: { status: question.status }, after: { status } });
  });
}

export type VersionRow = { id: string; version: number; createdAt: Date; stem: string; responses: number; current: boolean };

export type QuestionForEditing = {
  id: string;
  code: string | null;
  status: QuestionStatus;
  current: StoredVersion & { id: string; version: number };
  versions: VersionRow[];
  /** Where the current version is in use: why the next save adds a version. */
  use: { responses: number; inPublishedSets: number; inAssignments: number };
  sets: { id: string; title: string; status: QuestionStatus }[];
};

/** A question as the editor shows it: its current version, its history and where it is used. */
export async function getQuestionForEditing(actor: Viewer | null, questionId: string): Promise<QuestionForEditing> {
  if (!isId(questionId)) throw new NotFoundError("That question");
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const question = await tx.question.findUnique({
      where: { id: questionId },
      select: {
        id: true,
        code: true,
        status: true,
        currentVersionId: true,
        quizItems: { select: { quizSet: { select: { id: true, title: true, status: true } } } },
        versions: {
          orderBy: { version: "desc" },
          select: { id: true, version: true, createdAt: true, stem: true, _count: { select: { responses: true } } },
        },
      },
    });
    if (!question || !question.currentVersionId) throw new NotFoundError("That question");
    const current = await tx.questionVersion.findUniqueOrThrow({
      where: { id: question.currentVersionId },
      select: {
        id: true,
        version: true,
        ...versionContentSelect,
        citations: { orderBy: { position: "asc" }, select: { evidenceId: true } },
      },
    });
    const content = parseStoredQuestion(current);
    return {
      id: question.id,
      code: question.code,
      status: question.status,
      current: {
        id: current.id,
        version: current.version,
        type: content.type,
        stem: current.stem,
        content,
        explanation: current.explanation,
        points: current.points,
        difficulty: current.difficulty,
        tags: current.tags,
        citationIds: current.citations.map((c) => c.evidenceId),
      },
      versions: question.versions.map((v) => ({ id: v.id, version: v.version, createdAt: v.createdAt, stem: v.stem, responses: v._count.responses, current: v.id === current.id })),
      use: await useOf(tx, current.id, question.id),
      sets: question.quizItems.map((i) => i.quizSet),
    };
  });
}

/** One quote an author can cite: the fact it backs, its source, and the citation card it makes. */
export type EvidenceChoice = {
  id: string;
  factCode: string | null;
  factStatement: string;
  resolves: boolean;
  citation: ReviewCitation;
};

export const MAX_EVIDENCE_CHOICES = 2000;

/** Every quote that can be cited (newest facts first), for the editor's citation picker. */
export async function listEvidenceChoices(actor: Viewer | null): Promise<EvidenceChoice[]> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const rows = await tx.evidence.findMany({
      take: MAX_EVIDENCE_CHOICES,
      orderBy: [{ fact: { createdAt: "desc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        quote: true,
        start: true,
        end: true,
        stance: true,
        note: true,
        claimant: true,
        asOf: true,
        asOfPrecision: true,
        fact: { select: { code: true, statement: true, kind: true, attributedTo: true, asOf: true, asOfPrecision: true } },
        source: { select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, url: true, text: true } },
      },
    });
    const sourceIds = [...new Set(rows.filter((r) => r.start !== null).map((r) => r.source.id))];
    const sentences = sourceIds.length
      ? await tx.sentence.findMany({ where: { sourceId: { in: sourceIds } }, orderBy: { index: "asc" }, select: { sourceId: true, index: true, start: true, end: true } })
      : [];
    return rows.map((row) => {
      const sentence = row.start === null ? undefined : sentenceAt(sentences.filter((s) => s.sourceId === row.source.id), row.start);
      return {
        id: row.id,
        factCode: row.fact.code,
        factStatement: row.fact.statement,
        resolves: citationResolves(row),
        citation: {
          quote: row.quote,
          stance: row.stance,
          note: row.note,
          fact: { statement: row.fact.statement, kind: row.fact.kind, attributedTo: row.fact.attributedTo, asOf: row.fact.asOf, asOfPrecision: row.fact.asOfPrecision },
          label: citationLabel(row.fact, row, row.source.publisher),
          source: { slug: row.source.slug, title: row.source.title, publisher: row.source.publisher, publishedAt: row.source.publishedAt },
          readerHref: sentence ? `/sources/${row.source.slug}#s-${sentence.index}` : null,
          externalHref: row.source.url ? textFragmentUrl(row.source.url, row.quote) : null,
        },
      };
    });
  });
}
