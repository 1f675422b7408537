// Converts the per-type seed files (prisma/seed/sources.json, facts.json, questions.json,
// quiz-sets.json and the texts in sources/) into one Cited bundle, prisma/seed/content.bundle.json,
// which the seed imports through the same code as an admin's upload.
//   npx tsx scripts/content/seed-files-to-bundle.ts [seed folder] [bundle file]
// The result is checked as an upload would be before it is written: a bundle that would not
// import is never written.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { FactFileSchema, QuestionFileSchema, QuizSetFileSchema, SourceFileSchema } from "@/lib/content/content-schema";
import { readBundle } from "@/lib/content/bundle-check";
import { bundleFormat, bundleSchemaVersion, type Bundle } from "@/lib/content/bundle-schema";
import { serializeBundle } from "@/lib/content/bundle-serialize";

async function readList<S extends z.ZodType>(dir: string, file: string, schema: S): Promise<z.infer<S>[]> {
  const parsed = z.array(schema).safeParse(JSON.parse(await readFile(path.join(dir, file), "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export async function seedFilesToBundle(dir: string): Promise<Bundle> {
  const sources = await readList(dir, "sources.json", SourceFileSchema);
  const facts = await readList(dir, "facts.json", FactFileSchema);
  const questions = await readList(dir, "questions.json", QuestionFileSchema);
  const quizSets = await readList(dir, "quiz-sets.json", QuizSetFileSchema);

  return {
    format: bundleFormat,
    schemaVersion: bundleSchemaVersion,
    sources: await Promise.all(
      sources.map(async (source) => ({
        slug: source.slug,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedAt: source.publishedAt,
        retrievedAt: source.retrievedAt,
        summary: source.summary ?? null,
        status: "PUBLISHED" as const,
        revision: 1,
        previousRevision: null,
        text: source.textFile ? await readFile(path.join(dir, source.textFile), "utf8") : null,
        layout: source.textFile
          ? { headlineLine: source.layout?.headlineLine ?? null, headingLines: source.layout?.headingLines ?? [], relatedLines: source.layout?.relatedLines ?? [], nonCitableSentences: [] }
          : null,
      })),
    ),
    facts: facts.map((fact) => ({
      id: fact.code,
      code: fact.code,
      statement: fact.statement,
      kind: fact.kind,
      attributedTo: fact.attributedTo,
      asOf: fact.asOf,
      evidence: fact.evidence.map((e) => ({
        source: e.source,
        quote: e.quote,
        span: null,
        stance: e.stance,
        note: e.note ?? null,
        claimant: e.claimant,
        asOf: e.asOf,
        carriedOverFrom: null,
      })),
    })),
    questions: questions.map((question) => ({
      id: question.code,
      code: question.code,
      status: "PUBLISHED" as const,
      currentVersion: 1,
      versions: [
        {
          version: 1,
          type: question.type,
          stem: question.stem,
          options: question.options,
          key: question.key,
          feedback: question.feedback ?? null,
          explanation: question.explanation,
          points: question.points,
          difficulty: question.difficulty,
          tags: question.tags,
          citations: question.citations.map((citation) => {
            // The per-type files name a citation by fact and quote; the bundle also names the source.
            const evidence = facts.find((f) => f.code === citation.fact)?.evidence.find((e) => e.quote === citation.quote);
            return { fact: citation.fact, source: evidence?.source ?? "unknown-source", quote: citation.quote };
          }),
        },
      ],
    })),
    quizSets: quizSets.map((set) => ({
      slug: set.slug,
      title: set.title,
      description: set.description,
      status: "PUBLISHED" as const,
      isPublic: set.isPublic,
      // The database's defaults, which the per-type seed left in place.
      shuffleQuestions: false,
      shuffleOptions: true,
      questions: set.questions,
    })),
  };
}

async function main() {
  const root = path.resolve(import.meta.dirname, "../..");
  const dir = path.resolve(process.argv[2] ?? path.join(root, "prisma/seed"));
  const out = path.resolve(process.argv[3] ?? path.join(dir, "content.bundle.json"));
  const text = serializeBundle(await seedFilesToBundle(dir));
  const reading = readBundle(text);
  if (!reading.ok) {
    console.error(`The converted bundle would not import:\n${reading.errors.join("\n")}`);
    process.exit(1);
  }
  await writeFile(out, text);
  const { bundle } = reading.checked;
  console.log(`Wrote ${path.relative(process.cwd(), out)}: ${bundle.sources.length} sources, ${bundle.facts.length} facts, ${bundle.questions.length} questions, ${bundle.quizSets.length} quiz sets.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
