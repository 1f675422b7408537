import "server-only";
// The generator's data side: the facts it reads (a fact, its evidence, and the other facts of
// the same sources) and the drafts it saves. The proposals are always worked out again here from
// the database, never taken from the browser: the admin sends back only which ones to keep.
// Saved questions are DRAFT with version 1 and their citations, one transaction, audited; they
// are published only after an admin has edited and reviewed them in the question editor.
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import { proposeQuestions, type GeneratorFact, type Proposal, type ProposalKind } from "@/lib/domain/question-generator";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";

type Tx = Prisma.TransactionClient;

const factSelect = {
  id: true,
  code: true,
  statement: true,
  kind: true,
  attributedTo: true,
  asOf: true,
  asOfPrecision: true,
  createdAt: true,
  evidence: {
    orderBy: { createdAt: "asc" },
    select: { id: true, sourceId: true, quote: true, claimant: true, stance: true, source: { select: { title: true } } },
  },
} satisfies Prisma.FactSelect;

type FactRow = Prisma.FactGetPayload<{ select: typeof factSelect }>;

const toGeneratorFact = (row: FactRow): GeneratorFact => ({
  id: row.id,
  code: row.code,
  statement: row.statement,
  kind: row.kind,
  attributedTo: row.attributedTo,
  asOf: row.asOf,
  asOfPrecision: row.asOfPrecision,
  evidence: row.evidence.map((e) => ({ id: e.id, sourceId: e.sourceId, sourceTitle: e.source.title, quote: e.quote, claimant: e.claimant, stance: e.stance })),
});

async function proposalsIn(tx: Tx, factId: string): Promise<Proposal[]> {
  const fact = isId(factId) ? await tx.fact.findUnique({ where: { id: factId }, select: factSelect }) : null;
  if (!fact) throw new NotFoundError("The fact");
  const sourceIds = [...new Set(fact.evidence.map((e) => e.sourceId))];
  // The other facts of the same sources, oldest first (the order the article was recorded in).
  const others = sourceIds.length
    ? await tx.fact.findMany({ where: { id: { not: fact.id }, evidence: { some: { sourceId: { in: sourceIds } } } }, orderBy: { createdAt: "asc" }, take: 50, select: factSelect })
    : [];
  return proposeQuestions(toGeneratorFact(fact), others.map(toGeneratorFact));
}

/** What the generator proposes for a fact: for the "Propose questions" panel. */
export async function proposalsForFact(actor: Viewer | null, factId: string): Promise<Proposal[]> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    return proposalsIn(tx, factId);
  });
}

export type SavedDraft = { questionId: string; title: string };

/** Saves the chosen proposals as DRAFT questions (version 1, with citations). */
export async function saveGeneratedDrafts(actor: Viewer | null, factId: string, chosen: ProposalKind[]): Promise<SavedDraft[]> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const proposals = await proposalsIn(tx, factId);
    const picked = proposals.filter((p) => chosen.includes(p.id));
    const missing = chosen.filter((kind) => !proposals.some((p) => p.id === kind));
    if (missing.length) throw new ValidationError("The fact changed since the proposals were shown: propose questions again.");
    const saved: SavedDraft[] = [];
    for (const proposal of picked) {
      const question = await tx.question.create({ data: { status: "DRAFT", authorId: admin.id }, select: { id: true } });
      const version = await tx.questionVersion.create({
        data: {
          questionId: question.id,
          version: 1,
          type: proposal.type,
          stem: proposal.stem,
          options: proposal.options as Prisma.InputJsonValue,
          key: proposal.key as Prisma.InputJsonValue,
          feedback: (proposal.feedback as Prisma.InputJsonValue | undefined) ?? undefined,
          explanation: proposal.explanation,
          tags: ["generated"],
          citations: { create: proposal.citations.map((evidenceId, position) => ({ evidenceId, position })) },
        },
        select: { id: true },
      });
      await tx.question.update({ where: { id: question.id }, data: { currentVersionId: version.id } });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "question.generate",
        entity: { type: "Question", id: question.id },
        after: { factId, proposal: proposal.id, type: proposal.type, stem: proposal.stem, citations: proposal.citations, status: "DRAFT" },
      });
      saved.push({ questionId: question.id, title: proposal.title });
    }
    return saved;
  });
}
