// Writes a checked bundle (lib/content/bundle-check.ts) into the database, all of it in the
// caller's one transaction. Two modes (docs/decisions/022-cited-bundle.md):
// - "seed": what already exists under its handle (source slug, fact code, question code, set
//   slug) is left as it is, so importing the same bundle twice changes nothing and never
//   overwrites what an admin edited since; evidence missing from an existing fact is added.
// - "upload": an admin's import refuses any handle that exists already, with the line of the
//   file that names it; only a source whose slug exists with the very same text (or, link-only,
//   the same URL) is reused, since a published text never changes.
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "./bundle-dates";
import { evidenceKey, versionKey, type CheckedBundle, type Problem } from "./bundle-check";
import type { BundleSource } from "./bundle-schema";

type Tx = Prisma.TransactionClient;

export type ImportMode = "seed" | "upload";

/** What an import will do, for the preview and for the audit log. */
export type ImportPlan = {
  sources: { slug: string; title: string; action: "create" | "reuse" | "keep" }[];
  facts: { id: string; statement: string; evidence: number; action: "create" | "keep" }[];
  questions: { id: string; stem: string; versions: number; action: "create" | "keep" }[];
  quizSets: { slug: string; title: string; questions: number; action: "create" | "keep" }[];
  conflicts: Problem[];
};

export type ImportCounts = { sources: number; facts: number; evidence: number; questions: number; versions: number; quizSets: number };

const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

function sameSource(existing: { text: string | null; contentHash: string | null; url: string | null }, source: BundleSource, hash: string | null): boolean {
  return source.text === null ? existing.text === null && existing.url === source.url : existing.contentHash === hash && existing.text === source.text;
}

export async function planImport(tx: Tx, checked: CheckedBundle, mode: ImportMode): Promise<ImportPlan> {
  const { bundle } = checked;
  const conflicts: Problem[] = [];
  const existingSources = await tx.source.findMany({
    where: { slug: { in: bundle.sources.map((s) => s.slug) } },
    select: { slug: true, text: true, contentHash: true, url: true },
  });
  const sourceBySlug = new Map(existingSources.map((s) => [s.slug, s]));
  const factCodes = new Set(
    (await tx.fact.findMany({ where: { code: { in: bundle.facts.flatMap((f) => (f.code ? [f.code] : [])) } }, select: { code: true } })).map((f) => f.code),
  );
  const questionCodes = new Set(
    (await tx.question.findMany({ where: { code: { in: bundle.questions.flatMap((q) => (q.code ? [q.code] : [])) } }, select: { code: true } })).map((q) => q.code),
  );
  const setSlugs = new Set((await tx.quizSet.findMany({ where: { slug: { in: bundle.quizSets.map((s) => s.slug) } }, select: { slug: true } })).map((s) => s.slug));

  const sources = bundle.sources.map((source, i) => {
    const existing = sourceBySlug.get(source.slug);
    if (!existing) return { slug: source.slug, title: source.title, action: "create" as const };
    if (mode === "seed") return { slug: source.slug, title: source.title, action: "keep" as const };
    if (sameSource(existing, source, checked.sources.get(source.slug)?.contentHash ?? null)) return { slug: source.slug, title: source.title, action: "reuse" as const };
    conflicts.push({ path: ["sources", i, "slug"], message: `this site already has a different source “${source.slug}”: give this one another slug` });
    return { slug: source.slug, title: source.title, action: "keep" as const };
  });
  const facts = bundle.facts.map((fact, i) => {
    const exists = fact.code !== null && factCodes.has(fact.code);
    if (exists && mode === "upload") conflicts.push({ path: ["facts", i, "code"], message: `this site already has a fact ${fact.code}: give this one another code (or null)` });
    return { id: fact.id, statement: fact.statement, evidence: fact.evidence.length, action: exists ? ("keep" as const) : ("create" as const) };
  });
  const questions = bundle.questions.map((question, i) => {
    const exists = question.code !== null && questionCodes.has(question.code);
    if (exists && mode === "upload") conflicts.push({ path: ["questions", i, "code"], message: `this site already has a question ${question.code}: give this one another code (or null)` });
    const current = question.versions.find((v) => v.version === question.currentVersion) ?? question.versions.at(-1)!;
    return { id: question.id, stem: current.stem, versions: question.versions.length, action: exists ? ("keep" as const) : ("create" as const) };
  });
  const quizSets = bundle.quizSets.map((set, i) => {
    const exists = setSlugs.has(set.slug);
    if (exists && mode === "upload") conflicts.push({ path: ["quizSets", i, "slug"], message: `this site already has a quiz set “${set.slug}”: give this one another slug` });
    return { slug: set.slug, title: set.title, questions: set.questions.length, action: exists ? ("keep" as const) : ("create" as const) };
  });
  return { sources, facts, questions, quizSets, conflicts };
}

/** Writes what the plan says to create. The caller runs this in one transaction, after planImport found no conflict. */
export async function writeImport(tx: Tx, checked: CheckedBundle, plan: ImportPlan): Promise<ImportCounts> {
  const { bundle } = checked;
  const counts: ImportCounts = { sources: 0, facts: 0, evidence: 0, questions: 0, versions: 0, quizSets: 0 };

  // Sources, earlier revisions first, so that a correction can point at what it corrects.
  const sourceIds = new Map<string, string>();
  const order = bundle.sources.map((source, i) => ({ source, action: plan.sources[i].action })).sort((a, b) => a.source.revision - b.source.revision);
  for (const { source, action } of order) {
    if (action !== "create") {
      const existing = await tx.source.findUniqueOrThrow({ where: { slug: source.slug }, select: { id: true } });
      sourceIds.set(source.slug, existing.id);
      continue;
    }
    const split = checked.sources.get(source.slug)!;
    const created = await tx.source.create({
      data: {
        slug: source.slug,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedAt: day(source.publishedAt),
        retrievedAt: day(source.retrievedAt),
        text: source.text,
        contentHash: split.contentHash,
        summary: source.summary,
        status: source.status,
        revision: source.revision,
        previousRevisionId: source.previousRevision ? sourceIds.get(source.previousRevision)! : null,
        sentences: { create: split.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, kind: s.kind, citable: s.citable })) },
        relatedLinks: { create: split.related.map((r) => ({ title: r.text, start: r.start, end: r.end })) },
      },
      select: { id: true },
    });
    sourceIds.set(source.slug, created.id);
    counts.sources++;
  }

  // Facts and their evidence; an existing fact (seed mode) keeps what it has and gets what it lacks.
  const evidenceIds = new Map<string, string>();
  for (const [i, fact] of bundle.facts.entries()) {
    const asOf = fact.asOf ? parsePartialDate(fact.asOf) : null;
    const factId =
      plan.facts[i].action === "keep"
        ? (await tx.fact.findUniqueOrThrow({ where: { code: fact.code! }, select: { id: true } })).id
        : (
            await tx.fact.create({
              data: { code: fact.code, statement: fact.statement, kind: fact.kind, attributedTo: fact.attributedTo, asOf: asOf?.date ?? null, asOfPrecision: asOf?.precision ?? null },
              select: { id: true },
            })
          ).id;
    if (plan.facts[i].action === "create") counts.facts++;
    for (const evidence of fact.evidence) {
      const sourceId = sourceIds.get(evidence.source)!;
      const span = checked.spans.get(evidenceKey(fact.id, evidence.source, evidence.quote)) ?? null;
      const evidenceAsOf = evidence.asOf ? parsePartialDate(evidence.asOf) : null;
      const label = { claimant: evidence.claimant, asOf: evidenceAsOf?.date ?? null, asOfPrecision: evidenceAsOf?.precision ?? null };
      const existing = await tx.evidence.findUnique({ where: { factId_sourceId_quote: { factId, sourceId, quote: evidence.quote } } });
      if (existing) {
        // Evidence seeded before it carried its own label (claimant and as-of all null) gets it
        // now; a label already set is left as it is, like everything else that exists.
        if (existing.claimant === null && existing.asOf === null && existing.asOfPrecision === null && (label.claimant !== null || label.asOf !== null)) {
          await tx.evidence.update({ where: { id: existing.id }, data: label });
        }
        evidenceIds.set(evidenceKey(fact.id, evidence.source, evidence.quote), existing.id);
        continue;
      }
      const created = await tx.evidence.create({
        data: { factId, sourceId, quote: evidence.quote, start: span?.start ?? null, end: span?.end ?? null, stance: evidence.stance, note: evidence.note, ...label },
        select: { id: true },
      });
      evidenceIds.set(evidenceKey(fact.id, evidence.source, evidence.quote), created.id);
      counts.evidence++;
    }
    // Carried-over links once all of this fact's evidence exists (nothing cites it yet).
    for (const evidence of fact.evidence) {
      if (!evidence.carriedOverFrom || plan.facts[i].action === "keep") continue;
      await tx.evidence.update({
        where: { id: evidenceIds.get(evidenceKey(fact.id, evidence.source, evidence.quote))! },
        data: { previousEvidenceId: evidenceIds.get(evidenceKey(fact.id, evidence.carriedOverFrom.source, evidence.carriedOverFrom.quote))! },
      });
    }
  }

  // Questions with every version; published (or retired) once the current version exists,
  // since the database refuses a published question without one.
  const questionIds = new Map<string, string>();
  for (const [i, question] of bundle.questions.entries()) {
    if (plan.questions[i].action === "keep") {
      questionIds.set(question.id, (await tx.question.findUniqueOrThrow({ where: { code: question.code! }, select: { id: true } })).id);
      continue;
    }
    const created = await tx.question.create({ data: { code: question.code, status: "DRAFT" }, select: { id: true } });
    let currentVersionId: string | null = null;
    for (const version of question.versions) {
      const content = checked.contents.get(versionKey(question.id, version.version))!;
      const row = await tx.questionVersion.create({
        data: {
          questionId: created.id,
          version: version.version,
          type: version.type,
          stem: version.stem,
          options: content.options as Prisma.InputJsonValue,
          key: content.key as Prisma.InputJsonValue,
          feedback: (content.feedback as Prisma.InputJsonValue | undefined) ?? undefined,
          explanation: version.explanation,
          points: version.points,
          difficulty: version.difficulty,
          tags: version.tags,
          citations: { create: version.citations.map((c, position) => ({ evidenceId: evidenceIds.get(evidenceKey(c.fact, c.source, c.quote))!, position })) },
        },
        select: { id: true },
      });
      if (version.version === question.currentVersion) currentVersionId = row.id;
      counts.versions++;
    }
    if (currentVersionId !== null || question.status !== "DRAFT") {
      await tx.question.update({ where: { id: created.id }, data: { currentVersionId, status: question.status } });
    }
    questionIds.set(question.id, created.id);
    counts.questions++;
  }

  for (const [i, set] of bundle.quizSets.entries()) {
    if (plan.quizSets[i].action === "keep") continue;
    await tx.quizSet.create({
      data: {
        slug: set.slug,
        title: set.title,
        description: set.description,
        status: set.status,
        isPublic: set.isPublic,
        shuffleQuestions: set.shuffleQuestions,
        shuffleOptions: set.shuffleOptions,
        items: { create: set.questions.map((id, position) => ({ questionId: questionIds.get(id)!, position })) },
      },
    });
    counts.quizSets++;
  }
  return counts;
}

export type ImportOutcome = { imported: true; plan: ImportPlan; counts: ImportCounts } | { imported: false; plan: ImportPlan };

/**
 * The one import path, for the seed and for an admin's upload: plans against the database and
 * writes, inside the caller's transaction. A conflict (upload mode) writes nothing. `afterWrite`
 * runs in the same transaction (the upload's audit entry).
 */
export async function importCheckedBundle(
  tx: Tx,
  checked: CheckedBundle,
  mode: ImportMode,
  afterWrite?: (plan: ImportPlan, counts: ImportCounts) => Promise<void>,
): Promise<ImportOutcome> {
  const plan = await planImport(tx, checked, mode);
  if (plan.conflicts.length > 0) return { imported: false, plan };
  const counts = await writeImport(tx, checked, plan);
  await afterWrite?.(plan, counts);
  return { imported: true, plan, counts };
}
