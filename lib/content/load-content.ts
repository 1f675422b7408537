// Reads the seed content from a folder and checks all of it before anything touches the
// database: every quote must occur exactly once in its source (and not in a "related" teaser),
// every question must be well-formed for its type and cite evidence that exists.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { resolveQuote, type Span } from "@/lib/domain/quote-match";
import { parseQuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { splitSentences, type RelatedSpan, type SentenceSpan } from "@/lib/domain/sentences";
import {
  FactFileSchema,
  QuestionFileSchema,
  QuizSetFileSchema,
  SourceFileSchema,
  type FactFile,
  type QuestionFile,
  type QuizSetFile,
  type SourceFile,
} from "./content-schema";

export type LoadedSource = SourceFile & {
  text: string | null;
  contentHash: string | null;
  sentences: SentenceSpan[];
  related: RelatedSpan[];
};
export type LoadedEvidence = FactFile["evidence"][number] & { span: Span | null };
export type LoadedFact = Omit<FactFile, "evidence"> & { evidence: LoadedEvidence[] };
export type LoadedQuestion = QuestionFile & { type: QuestionType; citedEvidence: { fact: string; index: number }[] };
export type Content = {
  sources: LoadedSource[];
  facts: LoadedFact[];
  questions: LoadedQuestion[];
  quizSets: QuizSetFile[];
};

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed content has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}

async function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): Promise<T[]> {
  const raw: unknown = JSON.parse(await readFile(path.join(dir, file), "utf8"));
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file} ${issue.path.join(".")}: ${issue.message}`);
    return [];
  }
  return parsed.data;
}

function duplicates(values: string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

export async function loadContent(dir: string): Promise<Content> {
  const problems: string[] = [];
  const sourceFiles = await readJson(dir, "sources.json", SourceFileSchema, problems);
  const factFiles = await readJson(dir, "facts.json", FactFileSchema, problems);
  const questionFiles = await readJson(dir, "questions.json", QuestionFileSchema, problems);
  const quizSets = await readJson(dir, "quiz-sets.json", QuizSetFileSchema, problems);
  if (problems.length > 0) throw new ContentError(problems);

  for (const [what, list] of [
    ["source slug", sourceFiles.map((s) => s.slug)],
    ["fact code", factFiles.map((f) => f.code)],
    ["question code", questionFiles.map((q) => q.code)],
    ["quiz set slug", quizSets.map((s) => s.slug)],
  ] as const) {
    for (const dup of duplicates([...list])) problems.push(`duplicate ${what} ${dup}`);
  }

  const sources: LoadedSource[] = await Promise.all(
    sourceFiles.map(async (source) => {
      if (!source.textFile) return { ...source, text: null, contentHash: null, sentences: [], related: [] };
      const text = await readFile(path.join(dir, source.textFile), "utf8");
      const { sentences, related } = splitSentences(text, source.layout ?? {});
      const contentHash = createHash("sha256").update(text).digest("hex");
      return { ...source, text, contentHash, sentences, related };
    }),
  );
  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));

  const facts: LoadedFact[] = factFiles.map((fact) => ({
    ...fact,
    evidence: fact.evidence.map((evidence) => {
      const source = sourceBySlug.get(evidence.source);
      if (!source) {
        problems.push(`${fact.code}: unknown source ${evidence.source}`);
        return { ...evidence, span: null };
      }
      // A source cannot give a figure as of a time after it was published (or, undated, retrieved).
      const latest = source.publishedAt ?? source.retrievedAt;
      if (evidence.asOf && latest && evidence.asOf > latest.slice(0, evidence.asOf.length)) {
        problems.push(`${fact.code} in ${source.slug}: as of ${evidence.asOf}, after the source's date ${latest}`);
      }
      if (source.text === null) return { ...evidence, span: null };
      const resolved = resolveQuote(source.text, evidence.quote);
      if (!resolved.ok) {
        problems.push(`${fact.code} in ${source.slug}: ${resolved.message}`);
        return { ...evidence, span: null };
      }
      const inTeaser = source.related.some((r) => resolved.span.start < r.end && resolved.span.end > r.start);
      if (inTeaser) problems.push(`${fact.code}: quotes a related-link teaser, which is not a claim of the source`);
      return { ...evidence, span: resolved.span };
    }),
  }));
  const factByCode = new Map(facts.map((f) => [f.code, f]));

  const questions: LoadedQuestion[] = questionFiles.map((question) => {
    const content = parseQuestionContent(question.type, question);
    if (!content.ok) problems.push(...content.errors.map((e) => `${question.code}: ${e}`));
    const citedEvidence = question.citations.flatMap((citation) => {
      const fact = factByCode.get(citation.fact);
      const index = fact?.evidence.findIndex((e) => e.quote === citation.quote) ?? -1;
      if (!fact || index < 0) {
        problems.push(`${question.code}: cites “${citation.quote}” which is no evidence of ${citation.fact}`);
        return [];
      }
      return [{ fact: citation.fact, index }];
    });
    const citesText = citedEvidence.some(({ fact, index }) => factByCode.get(fact)?.evidence[index]?.span);
    if (citedEvidence.length > 0 && !citesText) {
      problems.push(`${question.code}: needs at least one citation that resolves to a quote in a stored source`);
    }
    return { ...question, ...(content.ok ? content.content : {}), citedEvidence };
  });

  const codes = new Set(questions.map((q) => q.code));
  for (const set of quizSets) {
    for (const code of set.questions) if (!codes.has(code)) problems.push(`quiz set ${set.slug}: unknown question ${code}`);
    for (const dup of duplicates(set.questions)) problems.push(`quiz set ${set.slug}: lists ${dup} twice`);
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { sources, facts, questions, quizSets };
}

/** "2025-06" -> the first day of June 2025 and its precision. */
export function parsePartialDate(value: string): { date: Date; precision: "YEAR" | "MONTH" | "DAY" } {
  const [year, month = "01", day = "01"] = value.split("-");
  const precision = value.length === 4 ? "YEAR" : value.length === 7 ? "MONTH" : "DAY";
  return { date: new Date(`${year}-${month}-${day}T00:00:00Z`), precision };
}
