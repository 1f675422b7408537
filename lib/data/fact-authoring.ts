import "server-only";
// Facts and their evidence, for the admin's authoring pages. Every function re-checks that the
// actor is an enabled admin inside its transaction, and every change is audited in the same
// transaction. A cited fact or piece of evidence cannot change (database triggers): it is
// refused here first with words saying what to do instead, so the admin never sees a 500.
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import { checkEvidenceSpan, quoteOccurrences, type QuoteOccurrence } from "@/lib/domain/evidence-quote";
import { escapeLike } from "@/lib/domain/like-pattern";
import { checkLinkOnlyPhrase } from "@/lib/domain/link-only-evidence";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import type { EvidenceFields, FactFields } from "@/lib/validation/fact-authoring";

type Tx = Prisma.TransactionClient;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many question versions cite any of this fact's evidence. */
async function versionsCitingFact(tx: Tx, factId: string): Promise<number> {
  const rows = await tx.citation.findMany({ where: { evidence: { factId } }, distinct: ["questionVersionId"], select: { questionVersionId: true } });
  return rows.length;
}

async function versionsCitingEvidence(tx: Tx, evidenceId: string): Promise<number> {
  return tx.citation.count({ where: { evidenceId } });
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

// The triggers' own words: reached only when a citation lands between the check above and the
// update (a race), and then still answered as a refusal, never as a 500.
const frozenBy = (error: unknown, words: string) => error instanceof Error && error.message.includes(words);

// ── Facts ────────────────────────────────────────────────────────────────────────────────────

export async function listFacts(actor: Viewer | null, options: { query?: string } = {}) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const text = options.query?.trim();
    const where: Prisma.FactWhereInput = text
      ? {
          OR: [
            { statement: { contains: escapeLike(text), mode: "insensitive" } },
            { code: { contains: escapeLike(text), mode: "insensitive" } },
            { attributedTo: { contains: escapeLike(text), mode: "insensitive" } },
          ],
        }
      : {};
    return tx.fact.findMany({
      where,
      orderBy: [{ createdAt: "desc" }],
      take: 200,
      select: { id: true, code: true, statement: true, kind: true, attributedTo: true, asOf: true, asOfPrecision: true, _count: { select: { evidence: true } } },
    });
  });
}

export type FactForEditing = NonNullable<Awaited<ReturnType<typeof getFactForEditing>>>;

/** A fact with its evidence (and how often each is cited), or null when there is none. */
export async function getFactForEditing(actor: Viewer | null, factId: string) {
  if (!isId(factId)) {
    await db().$transaction((tx) => assertAdmin(tx, actor));
    return null;
  }
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const fact = await tx.fact.findUnique({
      where: { id: factId },
      select: {
        id: true,
        code: true,
        statement: true,
        kind: true,
        attributedTo: true,
        asOf: true,
        asOfPrecision: true,
        evidence: {
          orderBy: { createdAt: "asc" },
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
            source: { select: { id: true, slug: true, title: true, text: true } },
            _count: { select: { citations: true } },
          },
        },
      },
    });
    if (!fact) return null;
    const citedBy = await versionsCitingFact(tx, fact.id);
    return {
      ...fact,
      citedBy,
      // The reader needs only the text of the sources being read, not of every evidence row.
      evidence: fact.evidence.map(({ source, ...e }) => ({ ...e, source: { id: source.id, slug: source.slug, title: source.title, linkOnly: source.text === null } })),
    };
  });
}

function factData(input: FactFields) {
  return { code: input.code, statement: input.statement, kind: input.kind, attributedTo: input.attributedTo, asOf: input.asOf.asOf, asOfPrecision: input.asOf.asOfPrecision };
}

const auditable = (data: ReturnType<typeof factData>) => ({ ...data, asOf: data.asOf?.toISOString().slice(0, 10) ?? null });

export async function createFact(actor: Viewer | null, input: FactFields) {
  try {
    return await db().$transaction(async (tx) => {
      const admin = await assertAdmin(tx, actor);
      const data = factData(input);
      const fact = await tx.fact.create({ data, select: { id: true } });
      await recordAudit(tx, { actorId: admin.id, action: "fact.create", entity: { type: "Fact", id: fact.id }, after: auditable(data) });
      return fact;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("Check the form.", { code: ["Another fact has this code."] });
    throw error;
  }
}

export async function updateFact(actor: Viewer | null, factId: string, input: FactFields) {
  try {
    await db().$transaction(async (tx) => {
      const admin = await assertAdmin(tx, actor);
      const before = await tx.fact.findUnique({ where: { id: factId }, select: { code: true, statement: true, kind: true, attributedTo: true, asOf: true, asOfPrecision: true } });
      if (!before) throw new NotFoundError("The fact");
      const data = factData(input);
      const same = (Object.keys(data) as (keyof typeof data)[]).every((k) => String(before[k]) === String(data[k]));
      if (same) return;
      // Only the code is free to change once cited: the rest is what the questions say.
      const claimChanged = (["statement", "kind", "attributedTo", "asOf", "asOfPrecision"] as const).some((k) => String(before[k]) !== String(data[k]));
      if (claimChanged) {
        const citedBy = await versionsCitingFact(tx, factId);
        if (citedBy > 0) {
          throw new ConflictError(`This fact is cited by ${plural(citedBy, "question version", "question versions")}, so its wording, kind, claimant and date cannot change: record a new fact instead.`);
        }
      }
      await tx.fact.update({ where: { id: factId }, data });
      await recordAudit(tx, { actorId: admin.id, action: "fact.update", entity: { type: "Fact", id: factId }, before: auditable({ ...before }), after: auditable(data) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("Check the form.", { code: ["Another fact has this code."] });
    if (frozenBy(error, "a cited fact cannot change")) throw new ConflictError("This fact is now cited by a question version, so it cannot change: record a new fact instead.");
    throw error;
  }
}

// ── Sources for the evidence forms ───────────────────────────────────────────────────────────

export async function listSourcesForEvidence(actor: Viewer | null) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    // The latest revision of each source: evidence is attached to the text as it now stands.
    const rows = await tx.source.findMany({
      where: { nextRevision: null },
      orderBy: [{ title: "asc" }],
      select: { id: true, title: true, publisher: true, text: true },
    });
    return rows.map(({ text, ...r }) => ({ ...r, linkOnly: text === null }));
  });
}

export type SourceForAuthoring = NonNullable<Awaited<ReturnType<typeof getSourceForAuthoring>>>;

/** A source's text, sentences (with whether each may be cited) and teasers, for the reader. */
export async function getSourceForAuthoring(actor: Viewer | null, sourceId: string) {
  if (!isId(sourceId)) return null;
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    return tx.source.findUnique({
      where: { id: sourceId },
      select: {
        id: true,
        title: true,
        publisher: true,
        url: true,
        text: true,
        sentences: { orderBy: { index: "asc" }, select: { index: true, start: true, end: true, paragraph: true, kind: true, citable: true } },
        relatedLinks: { select: { title: true, start: true, end: true } },
      },
    });
  });
}

// ── Evidence ─────────────────────────────────────────────────────────────────────────────────

type Place = { quote: string; start: number | null; end: number | null };

async function insertEvidence(tx: Tx, adminId: string, input: EvidenceFields, place: Place) {
  const exists = await tx.evidence.findUnique({ where: { factId_sourceId_quote: { factId: input.factId, sourceId: input.sourceId, quote: place.quote } }, select: { id: true } });
  if (exists) throw new ConflictError("This fact already has these words of this source as evidence.");
  const data = {
    factId: input.factId,
    sourceId: input.sourceId,
    quote: place.quote,
    start: place.start,
    end: place.end,
    stance: input.stance,
    note: input.note,
    claimant: input.claimant,
    asOf: input.asOf.asOf,
    asOfPrecision: input.asOf.asOfPrecision,
  };
  const evidence = await tx.evidence.create({ data, select: { id: true } });
  await recordAudit(tx, {
    actorId: adminId,
    action: "evidence.create",
    entity: { type: "Evidence", id: evidence.id },
    after: { ...data, asOf: data.asOf?.toISOString().slice(0, 10) ?? null },
  });
  return evidence;
}

async function loadTarget(tx: Tx, input: EvidenceFields) {
  const fact = await tx.fact.findUnique({ where: { id: input.factId }, select: { id: true } });
  if (!fact) throw new NotFoundError("The fact");
  const source = await tx.source.findUnique({
    where: { id: input.sourceId },
    select: { id: true, text: true, sentences: { select: { index: true, start: true, end: true, citable: true } }, relatedLinks: { select: { start: true, end: true } } },
  });
  if (!source) throw new NotFoundError("The source");
  return source;
}

/** Evidence from a [start, end) span selected in the reader: its words are the source's own. */
export async function attachEvidenceBySpan(actor: Viewer | null, input: EvidenceFields & { start: number; end: number }) {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const source = await loadTarget(tx, input);
    if (source.text === null) throw new ValidationError("This source is link-only: paste the quote instead.");
    const check = checkEvidenceSpan(source.text, { start: input.start, end: input.end }, source.sentences, source.relatedLinks);
    if (!check.ok) throw new ValidationError(check.message);
    return insertEvidence(tx, admin.id, input, { quote: check.quote, start: check.span.start, end: check.span.end });
  });
}

export type QuoteAttachment = { kind: "attached"; evidenceId: string } | { kind: "ambiguous"; occurrences: QuoteOccurrence[] };

/**
 * Evidence from a pasted quote. In a source with text the quote is found (typographic and
 * straight quotes, dashes and spaces alike) and stored as the source's exact words; when it
 * occurs more than once and no `occurrence` is chosen, the places are returned to choose from.
 * A link-only source's quote must be a phrase that carries the claim.
 */
export async function attachEvidenceByQuote(actor: Viewer | null, input: EvidenceFields & { quote: string; occurrence?: number }): Promise<QuoteAttachment> {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const source = await loadTarget(tx, input);
    if (source.text === null) {
      const phrase = checkLinkOnlyPhrase(input.quote);
      if (!phrase.ok) throw new ValidationError(phrase.message, { quote: [phrase.message] });
      const evidence = await insertEvidence(tx, admin.id, input, { quote: input.quote.trim(), start: null, end: null });
      return { kind: "attached", evidenceId: evidence.id };
    }
    const occurrences = quoteOccurrences(source.text, input.quote, source.sentences, source.relatedLinks);
    if (occurrences.length === 0) {
      const message = "The quote does not occur in the source. Copy the words exactly (quotes, dashes and spaces may differ).";
      throw new ValidationError(message, { quote: [message] });
    }
    let chosen: QuoteOccurrence;
    if (input.occurrence !== undefined) {
      const found = occurrences.find((o) => o.start === input.occurrence);
      if (!found) throw new ValidationError("Choose one of the places the quote occurs.", { occurrence: ["Choose one of the places the quote occurs."] });
      chosen = found;
    } else if (occurrences.length > 1) {
      return { kind: "ambiguous", occurrences };
    } else {
      chosen = occurrences[0];
    }
    if (chosen.refusal) throw new ValidationError(chosen.refusal, { quote: [chosen.refusal] });
    const evidence = await insertEvidence(tx, admin.id, input, { quote: chosen.match, start: chosen.start, end: chosen.end });
    return { kind: "attached", evidenceId: evidence.id };
  });
}

/** Removes evidence no question cites; cited evidence stays (add new evidence instead). */
export async function deleteEvidence(actor: Viewer | null, evidenceId: string) {
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, select: { id: true, factId: true, sourceId: true, quote: true, start: true, end: true, stance: true } });
    if (!evidence) throw new NotFoundError("The evidence");
    const citedBy = await versionsCitingEvidence(tx, evidenceId);
    if (citedBy > 0) {
      throw new ConflictError(`This evidence is cited by ${plural(citedBy, "question version", "question versions")}, so it cannot change or be removed: add new evidence instead.`);
    }
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordAudit(tx, { actorId: admin.id, action: "evidence.delete", entity: { type: "Evidence", id: evidenceId }, before: evidence });
    return { factId: evidence.factId };
  });
}
