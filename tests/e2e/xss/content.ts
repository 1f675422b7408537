// The content the XSS spec imports: a Cited bundle and a GIFT file whose every text field carries
// payloads from ./payloads. The 134 payloads are cut into chunks of ten (joined by " | "), and each
// kind of field (title, stem, option, feedback, explanation, ...) is given the chunks in turn, so
// that every payload passes through at least one field of each kind that reaches each page.
import type { Bundle, BundleFact, BundleQuestion, BundleVersion } from "@/lib/content/bundle-schema";
import { writeGift, type GiftExportQuestion } from "@/lib/content/gift/write";
import type { QuestionContent } from "@/lib/domain/question-types";
import { xssPayloads } from "./payloads";

const chunkSize = 10;
export const chunks: string[] = [];
for (let i = 0; i < xssPayloads.length; i += chunkSize) chunks.push(xssPayloads.slice(i, i + chunkSize).join(" | "));
/** Chunk `n`, wrapping around, so any index is a chunk. */
export const chunk = (n: number) => chunks[((n % chunks.length) + chunks.length) % chunks.length];

/** A payload with no markup at all would prove nothing; the visible-text check looks for these. */
export const markerPayload = "<script>alert(1)</script>";

const lineOf = (n: number) => `Line ${n}: ${xssPayloads[n]}`;
/** Payloads on one line of the source text can be quoted as evidence (a quote is one passage). */
const quotable = xssPayloads.map((p, n) => ({ p, n })).filter(({ p }) => !p.includes("\n") && p.trim() === p);

const questionTypes = ["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "NUMERIC", "SHORT_TEXT", "ORDERING", "MATCHING"] as const;

function contentFor(type: (typeof questionTypes)[number], k: number): Pick<BundleVersion, "options" | "key" | "feedback"> {
  const texts = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `o${i + 1}`, text: `${i + 1}. ${chunk(from + i)}` }));
  switch (type) {
    case "SINGLE_CHOICE":
      return { options: { choices: texts(k + 1, 4) }, key: { correct: "o1" }, feedback: { o2: chunk(k + 5), o3: chunk(k + 6) } };
    case "MULTIPLE_SELECT":
      return { options: { choices: texts(k + 1, 4) }, key: { correct: ["o1", "o2"] }, feedback: { o3: chunk(k + 5) } };
    case "TRUE_FALSE":
      return { options: {}, key: { correct: true }, feedback: { false: chunk(k + 5) } };
    case "NUMERIC":
      return { options: { unit: xssPayloads[k % xssPayloads.length] }, key: { value: 41, tolerance: 0, toleranceKind: "absolute" }, feedback: { "42": chunk(k + 5) } };
    case "SHORT_TEXT":
      return { options: { maxLength: 500 }, key: { accepted: [chunk(k + 1), chunk(k + 2)] }, feedback: { wrong: chunk(k + 5) } };
    case "ORDERING":
      return { options: { choices: texts(k + 1, 4) }, key: { order: ["o1", "o2", "o3", "o4"] }, feedback: null };
    case "MATCHING": {
      const prompts = texts(k + 1, 3);
      const answers = texts(k + 4, 3).map((a, i) => ({ id: `a${i + 1}`, text: a.text }));
      return { options: { prompts, answers }, key: { pairs: { o1: "a1", o2: "a2", o3: "a3" } }, feedback: null };
    }
  }
}

/** Markdown links an explanation must render inert (javascript:, data:) or safely (external). */
export const explanationLinks = {
  external: { text: "external reading", href: "https://example.org/xss-reading" },
  script: "script link",
};

export function xssBundle(tag: string): { bundle: Bundle; sourceSlug: string; setSlug: string; setTitle: string; sourceTitle: string } {
  const sourceSlug = `xss-source-${tag}`;
  const setSlug = `xss-set-${tag}`;
  const sourceTitle = `XSS source ${tag} ${chunk(0)}`;
  // Every payload on a line of its own: the reader shows all of them.
  const text = [`XSS test article ${tag}.`, ...xssPayloads.map((_, n) => lineOf(n))].join("\n");

  const facts: BundleFact[] = chunks.map((_, k) => ({
    id: `${tag}-F${k}`,
    code: `${tag}-F${k}`,
    statement: `Fact ${k}: ${chunk(k)}`,
    kind: "FACT",
    attributedTo: chunk(k + 1),
    asOf: "2025-08",
    evidence: quotable
      .filter(({ n }) => Math.floor(n / chunkSize) === k)
      .map(({ p, n }, i) => ({
        source: sourceSlug,
        quote: `Line ${n}: ${p}`,
        span: null,
        stance: "SUPPORTS" as const,
        note: i === 0 ? chunk(k + 2) : xssPayloads[(n + 1) % xssPayloads.length],
        claimant: i === 0 ? chunk(k + 3) : null,
        asOf: null,
        carriedOverFrom: null,
      })),
  }));

  const questions: BundleQuestion[] = chunks.map((_, k) => {
    const type = questionTypes[k % questionTypes.length];
    const fact = facts[k];
    return {
      id: `${tag}-Q${k}`,
      code: `${tag}-Q${k}`,
      status: "PUBLISHED",
      currentVersion: 1,
      versions: [
        {
          version: 1,
          type,
          stem: `Question ${k}: ${chunk(k)}`,
          ...contentFor(type, k),
          explanation: `Explanation ${k}: ${chunk(k + 7)}\n\nSee [${explanationLinks.external.text}](${explanationLinks.external.href}) and [${explanationLinks.script}](javascript:window.__xss=1).`,
          points: 1,
          difficulty: 2,
          tags: [`xss-${tag}`, xssPayloads[k % xssPayloads.length], xssPayloads[(k + 67) % xssPayloads.length]],
          citations: [{ fact: fact.id, source: sourceSlug, quote: fact.evidence[0].quote }],
        },
      ],
    };
  });

  // Within the set form's limits (200 and 2,000 characters), as an import requires: as many
  // payloads as fit, taken in turn.
  const fitting = (limit: number, from: number) => {
    let text = "";
    for (let n = from; n < from + xssPayloads.length; n++) {
      const next = `${text}${text ? " | " : ""}${xssPayloads[n % xssPayloads.length]}`;
      if (next.length > limit) break;
      text = next;
    }
    return text;
  };
  const setTitle = `XSS set ${tag} ${fitting(200 - `XSS set ${tag} `.length, 30)}`;
  const bundle: Bundle = {
    format: "cited-bundle",
    schemaVersion: 1,
    sources: [
      {
        slug: sourceSlug,
        title: sourceTitle,
        publisher: chunk(1),
        url: `https://example.org/xss?q=${encodeURIComponent(chunk(2))}`,
        publishedAt: "2025-08-16",
        retrievedAt: "2025-08-18",
        summary: chunk(4),
        status: "PUBLISHED",
        revision: 1,
        previousRevision: null,
        text,
        layout: { headlineLine: 1, headingLines: [], relatedLines: [], nonCitableSentences: [] },
      },
    ],
    facts,
    questions,
    quizSets: [
      {
        slug: setSlug,
        title: setTitle,
        description: fitting(2000, 0),
        status: "PUBLISHED",
        isPublic: true,
        shuffleQuestions: false,
        shuffleOptions: false,
        questions: questions.map((q) => q.id),
      },
    ],
  };
  return { bundle, sourceSlug, setSlug, setTitle, sourceTitle };
}

/** A GIFT file with one question of each type GIFT can hold, every text a chunk of payloads. */
export function xssGift(tag: string): { text: string; written: number } {
  const questions: GiftExportQuestion[] = chunks.map((_, k) => {
    const type = questionTypes[k % questionTypes.length];
    const { options, key, feedback } = contentFor(type, k + 4);
    return {
      code: `${tag}-G${k}`,
      stem: `GIFT question ${k}: ${chunk(k)}`,
      content: { type, options, key, feedback } as unknown as QuestionContent,
      explanation: `GIFT explanation ${k}: ${chunk(k + 7)}`,
      points: 1,
      difficulty: 2,
      tags: [`gift-${tag}`, xssPayloads[k % xssPayloads.length]],
      citations: [],
    };
  });
  const result = writeGift(questions);
  return { text: result.text, written: result.written };
}
