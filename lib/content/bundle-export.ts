// Writes an instance's authored content as a Cited bundle: everything the admins own (sources,
// facts and evidence, questions with every version, the admins' quiz sets; never users, classes,
// teachers' own sets or attempts), or one quiz set with what it needs (its questions, the
// evidence they cite, those facts and sources). Sorted by natural handles, so that exporting
// the same content twice, or from another instance that imported it, gives the same document.
import type { Prisma } from "@/lib/generated/prisma/client";
import { bundleFormat, bundleSchemaVersion, type Bundle, type BundleEvidence, type BundleFact, type BundleQuestion, type BundleSource } from "./bundle-schema";

type Db = Prisma.TransactionClient;

export type ExportScope = { kind: "all" } | { kind: "set"; slug: string };

const byHandle = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A date stored with its precision -> "2025", "2025-06" or "2025-06-15". */
function partialDate(date: Date | null, precision: "DAY" | "MONTH" | "YEAR" | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const sourceInclude = {
  sentences: { orderBy: { index: "asc" } },
  relatedLinks: true,
  previousRevision: { select: { slug: true } },
} satisfies Prisma.SourceInclude;

type SourceRow = Prisma.SourceGetPayload<{ include: typeof sourceInclude }>;

function exportSource(row: SourceRow): BundleSource {
  const text = row.text;
  const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  return {
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: day(row.publishedAt),
    retrievedAt: day(row.retrievedAt),
    summary: row.summary,
    status: row.status,
    revision: row.revision,
    previousRevision: row.previousRevision?.slug ?? null,
    text,
    layout:
      text === null
        ? null
        : {
            headlineLine: row.sentences.find((s) => s.kind === "HEADLINE")?.paragraph ?? null,
            headingLines: unique(row.sentences.filter((s) => s.kind === "HEADING").map((s) => s.paragraph)),
            relatedLines: unique(row.relatedLinks.flatMap((r) => (r.start === null ? [] : [lineOfOffset(text, r.start)]))),
            nonCitableSentences: row.sentences.filter((s) => !s.citable).map((s) => s.index),
          },
  };
}

const factInclude = {
  evidence: {
    include: {
      source: { select: { slug: true } },
      previousEvidence: { select: { factId: true, quote: true, source: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.FactInclude;

const questionInclude = {
  versions: {
    orderBy: { version: "asc" },
    include: { citations: { orderBy: { position: "asc" }, include: { evidence: { select: { id: true, factId: true, quote: true, source: { select: { slug: true } } } } } } },
  },
  currentVersion: { select: { version: true, stem: true } },
} satisfies Prisma.QuestionInclude;

/** Handles for rows without a code: "fact-1", "question-1"…, never one a code already uses. */
function handles<T extends { id: string; code: string | null }>(rows: T[], prefix: string): Map<string, string> {
  const used = new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
  const result = new Map<string, string>();
  let n = 0;
  for (const row of rows) {
    if (row.code && /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(row.code)) {
      result.set(row.id, row.code);
      continue;
    }
    let handle: string;
    do handle = `${prefix}-${++n}`;
    while (used.has(handle));
    used.add(handle);
    result.set(row.id, handle);
  }
  return result;
}

export async function exportBundle(db: Db, scope: ExportScope): Promise<Bundle> {
  // Which sets, questions and evidence the bundle holds.
  const sets = await db.quizSet.findMany({
    where: scope.kind === "set" ? { slug: scope.slug, ownerId: null } : { ownerId: null },
    include: { items: { orderBy: { position: "asc" }, select: { questionId: true } } },
  });
  const questionRows = await db.question.findMany({
    where: scope.kind === "set" ? { id: { in: sets.flatMap((s) => s.items.map((i) => i.questionId)) } } : {},
    include: questionInclude,
  });
  const citedEvidence = new Set(questionRows.flatMap((q) => q.versions.flatMap((v) => v.citations.map((c) => c.evidence.id))));
  const factRows = await db.fact.findMany({
    where: scope.kind === "set" ? { evidence: { some: { id: { in: [...citedEvidence] } } } } : {},
    include: factInclude,
  });
  const evidenceRows = factRows.flatMap((f) => f.evidence).filter((e) => scope.kind === "all" || citedEvidence.has(e.id));
  const included = new Set(evidenceRows.map((e) => e.id));

  // Sources: those the evidence quotes, and the earlier revisions they correct.
  let sourceRows: SourceRow[] = await db.source.findMany({
    where: scope.kind === "set" ? { id: { in: [...new Set(evidenceRows.map((e) => e.sourceId))] } } : {},
    include: sourceInclude,
  });
  for (let missing = sourceRows.flatMap((s) => (s.previousRevisionId ? [s.previousRevisionId] : [])); missing.length > 0; ) {
    const have = new Set(sourceRows.map((s) => s.id));
    const more = await db.source.findMany({ where: { id: { in: missing.filter((id) => !have.has(id)) } }, include: sourceInclude });
    sourceRows = [...sourceRows, ...more];
    missing = more.flatMap((s) => (s.previousRevisionId ? [s.previousRevisionId] : []));
  }

  factRows.sort((a, b) => (a.code && b.code ? byHandle(a.code, b.code) : a.code ? -1 : b.code ? 1 : byHandle(a.statement, b.statement) || byHandle(a.id, b.id)));
  const factHandles = handles(factRows, "fact");
  questionRows.sort((a, b) =>
    a.code && b.code ? byHandle(a.code, b.code) : a.code ? -1 : b.code ? 1 : byHandle(a.currentVersion?.stem ?? a.versions[0]?.stem ?? "", b.currentVersion?.stem ?? b.versions[0]?.stem ?? "") || byHandle(a.id, b.id),
  );
  const questionHandles = handles(questionRows, "question");

  const facts: BundleFact[] = factRows.map((fact) => ({
    id: factHandles.get(fact.id)!,
    code: fact.code,
    statement: fact.statement,
    kind: fact.kind,
    attributedTo: fact.attributedTo,
    asOf: partialDate(fact.asOf, fact.asOfPrecision),
    evidence: fact.evidence
      .filter((e) => included.has(e.id))
      .sort((a, b) => byHandle(a.source.slug, b.source.slug) || (a.start ?? -1) - (b.start ?? -1) || byHandle(a.quote, b.quote))
      .map(
        (e): BundleEvidence => ({
          source: e.source.slug,
          quote: e.quote,
          span: e.start !== null && e.end !== null ? { start: e.start, end: e.end } : null,
          stance: e.stance,
          note: e.note,
          claimant: e.claimant,
          asOf: partialDate(e.asOf, e.asOfPrecision),
          // Only within the same fact and the bundle: otherwise the link is left out.
          carriedOverFrom:
            e.previousEvidence && e.previousEvidence.factId === fact.id && e.previousEvidenceId && included.has(e.previousEvidenceId)
              ? { source: e.previousEvidence.source.slug, quote: e.previousEvidence.quote }
              : null,
        }),
      ),
  }));

  const questions: BundleQuestion[] = questionRows.map((question) => ({
    id: questionHandles.get(question.id)!,
    code: question.code,
    status: question.status,
    currentVersion: question.currentVersion?.version ?? null,
    versions: question.versions.map((v) => ({
      version: v.version,
      type: v.type,
      stem: v.stem,
      options: v.options,
      key: v.key,
      feedback: v.feedback ?? null,
      explanation: v.explanation,
      points: v.points,
      difficulty: v.difficulty,
      tags: v.tags,
      citations: v.citations.map((c) => ({ fact: factHandles.get(c.evidence.factId)!, source: c.evidence.source.slug, quote: c.evidence.quote })),
    })),
  }));

  return {
    format: bundleFormat,
    schemaVersion: bundleSchemaVersion,
    sources: sourceRows.map(exportSource).sort((a, b) => byHandle(a.slug, b.slug)),
    facts,
    questions,
    quizSets: sets
      .sort((a, b) => byHandle(a.slug, b.slug))
      .map((set) => ({
        slug: set.slug,
        title: set.title,
        description: set.description,
        status: set.status,
        isPublic: set.isPublic,
        shuffleQuestions: set.shuffleQuestions,
        shuffleOptions: set.shuffleOptions,
        questions: set.items.map((item) => questionHandles.get(item.questionId)!),
      })),
  };
}
