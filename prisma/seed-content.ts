// Writes the checked seed content (lib/content/load-content.ts) into the database. Idempotent:
// everything is keyed by its natural handle (slug, code) and what already exists is left as it
// is, so a second run changes nothing and never overwrites what an admin edited since.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parsePartialDate, type Content } from "@/lib/content/load-content";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

async function seedSources(tx: Tx, content: Content) {
  const ids = new Map<string, string>();
  for (const source of content.sources) {
    const existing = await tx.source.findUnique({ where: { slug: source.slug }, select: { id: true } });
    if (existing) {
      ids.set(source.slug, existing.id);
      continue;
    }
    const created = await tx.source.create({
      data: {
        slug: source.slug,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedAt: day(source.publishedAt),
        retrievedAt: day(source.retrievedAt),
        text: source.text,
        contentHash: source.contentHash,
        summary: source.summary ?? null,
        status: "PUBLISHED",
        sentences: { create: source.sentences },
        relatedLinks: { create: source.related.map((r) => ({ title: r.text, start: r.start, end: r.end })) },
      },
    });
    ids.set(source.slug, created.id);
  }
  return ids;
}

async function seedFacts(tx: Tx, content: Content, sourceIds: Map<string, string>) {
  // fact code -> evidence ids in file order
  const evidenceIds = new Map<string, string[]>();
  for (const fact of content.facts) {
    const asOf = fact.asOf ? parsePartialDate(fact.asOf) : null;
    const row = await tx.fact.upsert({
      where: { code: fact.code },
      update: {},
      create: {
        code: fact.code,
        statement: fact.statement,
        kind: fact.kind,
        attributedTo: fact.attributedTo,
        asOf: asOf?.date ?? null,
        asOfPrecision: asOf?.precision ?? null,
      },
    });
    const ids: string[] = [];
    for (const evidence of fact.evidence) {
      const sourceId = sourceIds.get(evidence.source)!;
      const evidenceAsOf = evidence.asOf ? parsePartialDate(evidence.asOf) : null;
      const label = { claimant: evidence.claimant, asOf: evidenceAsOf?.date ?? null, asOfPrecision: evidenceAsOf?.precision ?? null };
      const saved = await tx.evidence.upsert({
        where: { factId_sourceId_quote: { factId: row.id, sourceId, quote: evidence.quote } },
        update: {},
        create: {
          factId: row.id,
          sourceId,
          quote: evidence.quote,
          start: evidence.span?.start ?? null,
          end: evidence.span?.end ?? null,
          stance: evidence.stance,
          note: evidence.note ?? null,
          ...label,
        },
      });
      // Evidence seeded before it carried its own label (claimant and as-of all null) gets it
      // now; a label already set is left as it is, like everything else the seed finds.
      if (saved.claimant === null && saved.asOf === null && saved.asOfPrecision === null && (label.claimant !== null || label.asOf !== null)) {
        await tx.evidence.update({ where: { id: saved.id }, data: label });
      }
      ids.push(saved.id);
    }
    evidenceIds.set(fact.code, ids);
  }
  return evidenceIds;
}

async function seedQuestions(tx: Tx, content: Content, evidenceIds: Map<string, string[]>) {
  const ids = new Map<string, string>();
  for (const question of content.questions) {
    const existing = await tx.question.findUnique({ where: { code: question.code }, select: { id: true } });
    if (existing) {
      ids.set(question.code, existing.id);
      continue;
    }
    // Published once it has its version (the database refuses a published question without one).
    const created = await tx.question.create({ data: { code: question.code, status: "DRAFT" } });
    const version = await tx.questionVersion.create({
      data: {
        questionId: created.id,
        version: 1,
        type: question.type,
        stem: question.stem,
        options: question.options as object,
        key: question.key as object,
        feedback: (question.feedback as object | undefined) ?? undefined,
        explanation: question.explanation,
        points: question.points,
        difficulty: question.difficulty,
        tags: question.tags,
        citations: {
          create: question.citedEvidence.map(({ fact, index }, position) => ({
            evidenceId: evidenceIds.get(fact)![index],
            position,
          })),
        },
      },
    });
    await tx.question.update({ where: { id: created.id }, data: { currentVersionId: version.id, status: "PUBLISHED" } });
    ids.set(question.code, created.id);
  }
  return ids;
}

async function seedQuizSets(tx: Tx, content: Content, questionIds: Map<string, string>) {
  for (const set of content.quizSets) {
    const existing = await tx.quizSet.findUnique({ where: { slug: set.slug }, select: { id: true } });
    if (existing) continue;
    await tx.quizSet.create({
      data: {
        slug: set.slug,
        title: set.title,
        description: set.description,
        isPublic: set.isPublic,
        status: "PUBLISHED",
        items: { create: set.questions.map((code, position) => ({ questionId: questionIds.get(code)!, position })) },
      },
    });
  }
}

export async function seedContent(prisma: PrismaClient, content: Content): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const sourceIds = await seedSources(tx, content);
      const evidenceIds = await seedFacts(tx, content, sourceIds);
      const questionIds = await seedQuestions(tx, content, evidenceIds);
      await seedQuizSets(tx, content, questionIds);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
