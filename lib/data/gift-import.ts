import "server-only";
// Imports a GIFT file (admins): a preview of what it holds, then every question as a DRAFT
// (question, version 1, the citations its cited comments name that exist here) in one
// transaction, or nothing when any question has an error. Optionally appended to one of the
// admins' quiz sets or to a new draft set. One audit entry (ContentImport) lists what was made.
import { randomUUID } from "node:crypto";
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GiftCitation } from "@/lib/content/gift/cited-comment";
import { parseGift, type GiftMessage, type GiftQuestion } from "@/lib/content/gift/parse";
import { questionLabel } from "@/lib/content/gift/write";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";

type Tx = Prisma.TransactionClient;

/** Where the imported questions go besides the bank. */
export type GiftImportTarget = { kind: "bank" } | { kind: "set"; slug: string } | { kind: "new-set"; title: string };

export type GiftPreviewQuestion = {
  line: number;
  label: string;
  type: string;
  stem: string;
  /** The code it keeps, or null (none given, or taken here). */
  code: string | null;
  citations: number;
  resolvedCitations: number;
};

export type GiftPreview = { questions: GiftPreviewQuestion[]; errors: GiftMessage[]; warnings: GiftMessage[] };

export type GiftImportOutcome =
  | { imported: true; importId: string; questions: { id: string; label: string; citations: number }[]; quizSet: { slug: string; title: string } | null }
  | { imported: false; preview: GiftPreview };

const citationHandle = (c: GiftCitation) => `${c.fact ?? ""}/${c.source}/${c.quote}`;

/**
 * Every question's citations looked up by source slug and exact quote, and fact code when the
 * citation gives one. Without a code, the quote must be one piece of evidence of that source:
 * when two facts quote the same words there, which one is meant cannot be told, so it is not found.
 */
async function resolveCitations(tx: Tx, questions: GiftQuestion[]): Promise<Map<string, string>> {
  const wanted = questions.flatMap((q) => q.citations);
  if (wanted.length === 0) return new Map();
  const rows = await tx.evidence.findMany({
    where: { OR: wanted.map((c) => ({ quote: c.quote, source: { slug: c.source }, ...(c.fact ? { fact: { code: c.fact } } : {}) })) },
    select: { id: true, quote: true, fact: { select: { code: true } }, source: { select: { slug: true } } },
  });
  const found = new Map<string, string>();
  const withoutCode = new Map<string, string[]>();
  for (const row of rows) {
    if (row.fact.code) found.set(citationHandle({ fact: row.fact.code, source: row.source.slug, quote: row.quote }), row.id);
    const handle = citationHandle({ source: row.source.slug, quote: row.quote });
    withoutCode.set(handle, [...(withoutCode.get(handle) ?? []), row.id]);
  }
  for (const [handle, ids] of withoutCode) if (ids.length === 1) found.set(handle, ids[0]);
  return found;
}

async function plan(tx: Tx, text: string) {
  const parsed = parseGift(text);
  const evidence = await resolveCitations(tx, parsed.questions);
  const codes = [...new Set(parsed.questions.flatMap((q) => (q.code ? [q.code] : [])))];
  const taken = new Set(codes.length ? (await tx.question.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((q) => q.code) : []);
  const warnings = [...parsed.warnings];
  const seen = new Set<string>();
  const questions = parsed.questions.map((q) => {
    let code = q.code;
    if (code && (taken.has(code) || seen.has(code))) {
      warnings.push({ line: q.line, message: `the code ${code} is taken here: the question is imported without a code` });
      code = null;
    }
    if (code) seen.add(code);
    const evidenceIds: string[] = [];
    for (const citation of q.citations) {
      const id = evidence.get(citationHandle(citation));
      if (id && !evidenceIds.includes(id)) evidenceIds.push(id);
      else if (!id && citation.fact) warnings.push({ line: q.line, message: `the citation ${citation.fact} in ${citation.source} (“${shorten(citation.quote)}”) is not in this instance: the question is imported without it` });
      else if (!id) warnings.push({ line: q.line, message: `the citation in ${citation.source} (“${shorten(citation.quote)}”) names no fact, and no single fact quotes those words there: the question is imported without it` });
    }
    return { question: q, code, evidenceIds };
  });
  warnings.sort((a, b) => a.line - b.line);
  const preview: GiftPreview = {
    errors: parsed.errors,
    warnings,
    questions: questions.map(({ question, code, evidenceIds }) => ({
      line: question.line,
      label: questionLabel({ code: question.code, stem: question.stem }),
      type: question.content.type,
      stem: question.stem,
      code,
      citations: question.citations.length,
      resolvedCitations: evidenceIds.length,
    })),
  };
  return { preview, questions };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** What importing this file would do; nothing is written. */
export async function previewGiftImport(actor: Viewer | null, text: string): Promise<GiftPreview> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    return (await plan(tx, text)).preview;
  });
}

function slugFrom(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return base || "imported-questions";
}

async function targetSet(tx: Tx, target: GiftImportTarget, actorId: string, importId: string) {
  if (target.kind === "bank") return null;
  if (target.kind === "set") {
    const set = await tx.quizSet.findFirst({ where: { slug: target.slug, ownerId: null }, select: { id: true, slug: true, title: true } });
    if (!set) throw new NotFoundError("That quiz set");
    return set;
  }
  const title = target.title.trim();
  if (!title) throw new ValidationError("Give the new quiz set a title.", { setTitle: ["Give the new quiz set a title."] });
  const base = slugFrom(title);
  let slug = base;
  for (let n = 2; await tx.quizSet.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const set = await tx.quizSet.create({ data: { slug, title, status: "DRAFT" }, select: { id: true, slug: true, title: true } });
  await recordAudit(tx, { actorId, action: "quizSet.create", entity: { type: "QuizSet", id: set.id }, after: { slug, title, importId } });
  return set;
}

/**
 * Imports the file: parses and resolves it again inside the transaction, and writes every
 * question or, when any has an error, nothing (the preview is returned with the errors).
 */
export async function importGift(actor: Viewer | null, text: string, target: GiftImportTarget): Promise<GiftImportOutcome> {
  return db().$transaction(
    async (tx): Promise<GiftImportOutcome> => {
      const admin = await assertAdmin(tx, actor);
      const { preview, questions } = await plan(tx, text);
      if (preview.errors.length > 0 || questions.length === 0) return { imported: false, preview };

      const importId = randomUUID();
      const set = await targetSet(tx, target, admin.id, importId);
      const created: { id: string; label: string; citations: number }[] = [];
      for (const { question, code, evidenceIds } of questions) {
        const row = await tx.question.create({ data: { code, status: "DRAFT", authorId: admin.id }, select: { id: true } });
        const version = await tx.questionVersion.create({
          data: {
            questionId: row.id,
            version: 1,
            type: question.content.type,
            stem: question.stem,
            options: question.content.options as Prisma.InputJsonValue,
            key: question.content.key as Prisma.InputJsonValue,
            feedback: (question.content.feedback as Prisma.InputJsonValue | undefined) ?? undefined,
            explanation: question.explanation,
            points: question.points,
            difficulty: question.difficulty,
            tags: question.tags,
            citations: { create: evidenceIds.map((evidenceId, position) => ({ evidenceId, position })) },
          },
          select: { id: true },
        });
        await tx.question.update({ where: { id: row.id }, data: { currentVersionId: version.id } });
        created.push({ id: row.id, label: questionLabel({ code, stem: question.stem }), citations: evidenceIds.length });
      }
      if (set) {
        const last = await tx.quizItem.aggregate({ where: { quizSetId: set.id }, _max: { position: true } });
        const start = (last._max.position ?? -1) + 1;
        await tx.quizItem.createMany({ data: created.map((q, i) => ({ quizSetId: set.id, questionId: q.id, position: start + i })) });
      }
      await recordAudit(tx, {
        actorId: admin.id,
        action: "content.import.gift",
        entity: { type: "ContentImport", id: importId },
        after: { format: "GIFT", questions: created.map((q) => q.id), quizSet: set?.slug ?? null, warnings: preview.warnings.length },
      });
      return { imported: true, importId, questions: created, quizSet: set ? { slug: set.slug, title: set.title } : null };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
