// Reads an uploaded bundle and checks all of it before anything touches the database: the JSON
// syntax, the schema, every cross-reference, every quote (it must occur in its source's text
// exactly once, or at its recorded span, and not in a teaser or a line marked not citable),
// every question version for its type, and that a published question cites a quote that
// resolves. Every problem is reported as "line N: …", N being the line of the offending value.
import { createHash } from "node:crypto";
import { findQuote, resolveQuote, type Span } from "@/lib/domain/quote-match";
import { parseQuestionContent, type QuestionContent } from "@/lib/domain/question-types";
import { splitSentences, type RelatedSpan, type SentenceSpan } from "@/lib/domain/sentences";
import { parseLocatedJson, type JsonPath } from "./json-locator";
import { BundleHeaderSchema, BundleSchema, bundleMaxBytes, type Bundle, type BundleSource } from "./bundle-schema";

export type CheckedSource = {
  source: BundleSource;
  contentHash: string | null;
  sentences: (SentenceSpan & { citable: boolean })[];
  related: RelatedSpan[];
};

/** A bundle that passed every check, with what the checks worked out (spans, sentences, parsed content). */
export type CheckedBundle = {
  bundle: Bundle;
  sources: Map<string, CheckedSource>;
  /** `${factId}\u0000${sourceSlug}\u0000${quote}` -> the span the quote resolved to (null: link-only source). */
  spans: Map<string, Span | null>;
  /** `${questionId}\u0000${version}` -> the content as its type's module parsed it. */
  contents: Map<string, QuestionContent>;
};

export type BundleReading = { ok: true; checked: CheckedBundle; lineOf: (path: JsonPath) => number } | { ok: false; errors: string[] };

export const evidenceKey = (fact: string, source: string, quote: string) => `${fact}\u0000${source}\u0000${quote}`;
export const versionKey = (question: string, version: number) => `${question}\u0000${version}`;

export type Problem = { path: JsonPath; message: string };

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** "options.choices.2.text: …" from a question module -> that path under the version, and the message. */
function contentProblem(versionPath: JsonPath, error: string): Problem {
  const match = /^((?:options|key|feedback)(?:\.[^\s:]+)*): (.*)$/s.exec(error);
  if (!match) return { path: versionPath, message: error };
  const parts = match[1].split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return { path: [...versionPath, ...parts], message: `${match[1]}: ${match[2]}` };
}

function duplicates<T>(items: T[], handle: (item: T) => string | null, what: string, path: (i: number) => JsonPath, problems: Problem[]) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = handle(item);
    if (value === null) return;
    const first = seen.get(value);
    if (first !== undefined) problems.push({ path: path(i), message: `${what} “${value}” appears twice (first at item ${first + 1})` });
    else seen.set(value, i);
  });
}

function checkSources(bundle: Bundle, problems: Problem[]): Map<string, CheckedSource> {
  const sources = new Map<string, CheckedSource>();
  const bySlug = new Map(bundle.sources.map((s) => [s.slug, s]));
  const previousTaken = new Set<string>();
  bundle.sources.forEach((source, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ["sources", i, ...rest];
    if (source.previousRevision !== null) {
      const previous = bySlug.get(source.previousRevision);
      if (!previous) problems.push({ path: at("previousRevision"), message: `no source “${source.previousRevision}” in this bundle` });
      else if (previous.revision >= source.revision) problems.push({ path: at("revision"), message: `revision ${source.revision} must come after its previous revision's (${previous.revision})` });
      if (previousTaken.has(source.previousRevision)) problems.push({ path: at("previousRevision"), message: `“${source.previousRevision}” is already corrected by another source` });
      previousTaken.add(source.previousRevision);
    } else if (source.revision !== 1) {
      problems.push({ path: at("revision"), message: "a source with no previous revision is revision 1" });
    }
    if (source.text === null) {
      if (source.layout !== null) problems.push({ path: at("layout"), message: "a link-only source (text null) has no layout" });
      if (source.url === null) problems.push({ path: at("url"), message: "a link-only source needs its URL" });
      sources.set(source.slug, { source, contentHash: null, sentences: [], related: [] });
      return;
    }
    const layout = source.layout ?? { headlineLine: null, headingLines: [], relatedLines: [], nonCitableSentences: [] };
    const lineCount = source.text.split("\n").length;
    for (const [field, lines] of [["headlineLine", layout.headlineLine === null ? [] : [layout.headlineLine]], ["headingLines", layout.headingLines], ["relatedLines", layout.relatedLines]] as const) {
      for (const line of lines) if (line > lineCount) problems.push({ path: at("layout", field), message: `line ${line} is past the end of the text (${lineCount} lines)` });
    }
    const split = splitSentences(source.text, { headlineLine: layout.headlineLine ?? undefined, headingLines: layout.headingLines, relatedLines: layout.relatedLines });
    const nonCitable = new Set(layout.nonCitableSentences);
    for (const index of nonCitable) {
      if (index > split.sentences.length) problems.push({ path: at("layout", "nonCitableSentences"), message: `there is no sentence ${index} (the text has ${split.sentences.length})` });
    }
    sources.set(source.slug, {
      source,
      contentHash: createHash("sha256").update(source.text).digest("hex"),
      sentences: split.sentences.map((s) => ({ ...s, citable: !nonCitable.has(s.index) })),
      related: split.related,
    });
  });
  return sources;
}

function resolveEvidenceSpan(checked: CheckedSource, quote: string, span: Span | null): { ok: true; span: Span } | { ok: false; message: string; field: "quote" | "span" } {
  const text = checked.source.text!;
  if (span !== null) {
    // The author picked one of several occurrences: it must still be an occurrence.
    const found = findQuote(text, quote).some((s) => s.start === span.start && s.end === span.end);
    return found ? { ok: true, span } : { ok: false, field: "span", message: `the quote does not occur at ${span.start}-${span.end} of the source's text` };
  }
  const resolved = resolveQuote(text, quote);
  return resolved.ok ? { ok: true, span: resolved.span } : { ok: false, field: "quote", message: resolved.message };
}

function checkFacts(bundle: Bundle, sources: Map<string, CheckedSource>, problems: Problem[]): Map<string, Span | null> {
  const spans = new Map<string, Span | null>();
  bundle.facts.forEach((fact, f) => {
    fact.evidence.forEach((evidence, e) => {
      const at = (...rest: (string | number)[]): JsonPath => ["facts", f, "evidence", e, ...rest];
      const key = evidenceKey(fact.id, evidence.source, evidence.quote);
      if (spans.has(key)) problems.push({ path: at("quote"), message: `${fact.id} has this quote from “${evidence.source}” twice` });
      const checked = sources.get(evidence.source);
      if (!checked) {
        problems.push({ path: at("source"), message: `no source “${evidence.source}” in this bundle` });
        return;
      }
      // A source cannot give a figure as of a time after it was published (or, undated, retrieved).
      const latest = checked.source.publishedAt ?? checked.source.retrievedAt;
      if (evidence.asOf && latest && evidence.asOf > latest.slice(0, evidence.asOf.length)) {
        problems.push({ path: at("asOf"), message: `as of ${evidence.asOf}, after the source's date ${latest}` });
      }
      if (evidence.carriedOverFrom !== null) {
        const from = evidence.carriedOverFrom;
        const owner = fact.evidence.some((other) => other.source === from.source && other.quote === from.quote);
        if (!owner) problems.push({ path: at("carriedOverFrom"), message: `${fact.id} has no evidence “${from.quote}” from “${from.source}” to carry over` });
      }
      if (checked.source.text === null) {
        if (evidence.span !== null) problems.push({ path: at("span"), message: "a link-only source has no text for a span" });
        spans.set(key, null);
        return;
      }
      const resolved = resolveEvidenceSpan(checked, evidence.quote, evidence.span);
      if (!resolved.ok) {
        problems.push({ path: at(resolved.field), message: resolved.message });
        return;
      }
      const { start, end } = resolved.span;
      if (checked.related.some((r) => start < r.end && end > r.start)) {
        problems.push({ path: at("quote"), message: "quotes a related-link teaser, which is not a claim of the source" });
        return;
      }
      const blocked = checked.sentences.find((s) => !s.citable && start < s.end && end > s.start);
      if (blocked) {
        problems.push({ path: at("quote"), message: `quotes sentence ${blocked.index}, which is marked not citable` });
        return;
      }
      spans.set(key, resolved.span);
    });
  });
  return spans;
}

function checkQuestions(bundle: Bundle, spans: Map<string, Span | null>, problems: Problem[]): Map<string, QuestionContent> {
  const contents = new Map<string, QuestionContent>();
  const facts = new Set(bundle.facts.map((f) => f.id));
  const evidenceExists = new Set(bundle.facts.flatMap((f) => f.evidence.map((e) => evidenceKey(f.id, e.source, e.quote))));
  bundle.questions.forEach((question, q) => {
    const at = (...rest: (string | number)[]): JsonPath => ["questions", q, ...rest];
    question.versions.forEach((version, v) => {
      const versionPath = at("versions", v);
      if (v > 0 && version.version <= question.versions[v - 1].version) {
        problems.push({ path: [...versionPath, "version"], message: "versions are listed in increasing order, each number once" });
      }
      const parsed = parseQuestionContent(version.type, { options: version.options, key: version.key, feedback: version.feedback ?? undefined });
      if (parsed.ok) contents.set(versionKey(question.id, version.version), parsed.content);
      else problems.push(...parsed.errors.map((error) => contentProblem(versionPath, error)));
      const cited = new Set<string>();
      version.citations.forEach((citation, c) => {
        const key = evidenceKey(citation.fact, citation.source, citation.quote);
        if (!facts.has(citation.fact)) problems.push({ path: [...versionPath, "citations", c, "fact"], message: `no fact “${citation.fact}” in this bundle` });
        else if (!evidenceExists.has(key)) problems.push({ path: [...versionPath, "citations", c, "quote"], message: `cites “${citation.quote}” from “${citation.source}”, which is no evidence of ${citation.fact}` });
        if (cited.has(key)) problems.push({ path: [...versionPath, "citations", c], message: "cites the same evidence twice" });
        cited.add(key);
      });
    });
    const current = question.currentVersion === null ? undefined : question.versions.find((v) => v.version === question.currentVersion);
    if (question.currentVersion !== null && !current) {
      problems.push({ path: at("currentVersion"), message: `there is no version ${question.currentVersion}` });
    }
    if (question.currentVersion === null && question.status !== "DRAFT") {
      problems.push({ path: at("currentVersion"), message: "a published or retired question needs its current version" });
    }
    if (question.status === "PUBLISHED" && current) {
      const resolves = current.citations.some((c) => spans.get(evidenceKey(c.fact, c.source, c.quote)));
      if (!resolves) {
        const v = question.versions.indexOf(current);
        problems.push({ path: at("versions", v, "citations"), message: "a published question needs at least one citation whose quote resolves in a stored source text" });
      }
    }
  });
  return contents;
}

function checkQuizSets(bundle: Bundle, problems: Problem[]) {
  const questions = new Set(bundle.questions.map((q) => q.id));
  bundle.quizSets.forEach((set, s) => {
    const seen = new Set<string>();
    set.questions.forEach((id, i) => {
      if (!questions.has(id)) problems.push({ path: ["quizSets", s, "questions", i], message: `no question “${id}” in this bundle` });
      if (seen.has(id)) problems.push({ path: ["quizSets", s, "questions", i], message: `lists “${id}” twice` });
      seen.add(id);
    });
  });
}

/** Checks a bundle already parsed (and its problems, each with the path of its value). */
export function checkBundle(bundle: Bundle): { checked: CheckedBundle; problems: Problem[] } {
  const problems: Problem[] = [];
  duplicates(bundle.sources, (s) => s.slug, "source slug", (i) => ["sources", i, "slug"], problems);
  duplicates(bundle.facts, (f) => f.id, "fact id", (i) => ["facts", i, "id"], problems);
  duplicates(bundle.facts, (f) => f.code, "fact code", (i) => ["facts", i, "code"], problems);
  duplicates(bundle.questions, (q) => q.id, "question id", (i) => ["questions", i, "id"], problems);
  duplicates(bundle.questions, (q) => q.code, "question code", (i) => ["questions", i, "code"], problems);
  duplicates(bundle.quizSets, (s) => s.slug, "quiz set slug", (i) => ["quizSets", i, "slug"], problems);
  const sources = checkSources(bundle, problems);
  const spans = checkFacts(bundle, sources, problems);
  const contents = checkQuestions(bundle, spans, problems);
  checkQuizSets(bundle, problems);
  return { checked: { bundle, sources, spans, contents }, problems };
}

/** Line-level messages, in the order of the file. */
export function lineMessages(problems: Problem[], lineOf: (path: JsonPath) => number): string[] {
  return problems
    .map((p) => ({ line: lineOf(p.path), message: p.message }))
    .sort((a, b) => a.line - b.line)
    .map((p) => `line ${p.line}: ${p.message}`);
}

/** Reads the text of an uploaded bundle and checks everything; nothing is written. */
export function readBundle(text: string): BundleReading {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > bundleMaxBytes) {
    return { ok: false, errors: [`The file is ${formatBytes(bytes)}; a bundle may be at most ${formatBytes(bundleMaxBytes)}. Export one quiz set at a time.`] };
  }
  const located = parseLocatedJson(text);
  if (!located.ok) return { ok: false, errors: [`line ${located.line}, column ${located.column}: ${located.message}`] };
  const header = BundleHeaderSchema.safeParse(located.value);
  if (!header.success) {
    const problems = header.error.issues.map((i) => ({ path: i.path as JsonPath, message: i.message }));
    return { ok: false, errors: lineMessages(problems, located.lineOf) };
  }
  const parsed = BundleSchema.safeParse(located.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const field = i.path.length ? `${i.path.at(-1)?.toString()}: ` : "";
      return { path: i.path as JsonPath, message: `${field}${i.message}` };
    });
    return { ok: false, errors: lineMessages(problems, located.lineOf) };
  }
  const { checked, problems } = checkBundle(parsed.data);
  if (problems.length > 0) return { ok: false, errors: lineMessages(problems, located.lineOf) };
  return { ok: true, checked, lineOf: located.lineOf };
}
