// Splits a source's text into citable sentences with stable offsets. Each line of the text is a
// paragraph; the layout says which lines are the headline, subheadings, or "related" teasers
// (kept as links, never cited). Offsets index the byte-exact text, so anchors stay stable.

export type SentenceKind = "HEADLINE" | "HEADING" | "BODY";

export type SentenceSpan = {
  index: number; // 1-based, the `#s-<index>` anchor
  start: number;
  end: number;
  paragraph: number; // 1-based line number
  kind: SentenceKind;
};

export type RelatedSpan = { line: number; start: number; end: number; text: string };

export type SourceLayout = {
  /** 1-based line numbers. */
  headlineLine?: number;
  headingLines?: number[];
  relatedLines?: number[];
};

const abbreviations = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "vs", "no", "prof", "u.s", "u.k", "e.g", "i.e", "etc",
]);

const closers = "\"'”’)]»";
const openers = "\"'“‘([«";

function isBoundary(line: string, at: number): number | null {
  // `at` is the index of a terminal mark; returns where the next sentence starts, or null.
  let end = at + 1;
  while (end < line.length && closers.includes(line[end])) end++;
  if (end >= line.length || !/\s/.test(line[end])) return null;
  let next = end;
  while (next < line.length && /\s/.test(line[next])) next++;
  if (next >= line.length) return null;
  const first = line[next];
  if (!(/[\p{Lu}\p{N}]/u.test(first) || openers.includes(first))) return null;
  if (line[at] === ".") {
    const word = (line.slice(0, at).split(/\s+/).pop() ?? "").replace(/^[\p{P}]+/u, "");
    // "Dr. Smith", "U.S. officials", "(J. Smith": an abbreviation or an initial, not an end.
    if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return null;
  }
  return next;
}

function splitLine(line: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!".!?".includes(line[i])) continue;
    const next = isBoundary(line, i);
    if (next === null) continue;
    parts.push({ start, end: next });
    start = next;
    i = next - 1;
  }
  parts.push({ start, end: line.length });
  // Trim each part to its visible characters.
  return parts
    .map(({ start: s, end: e }) => {
      while (s < e && /\s/.test(line[s])) s++;
      while (e > s && /\s/.test(line[e - 1])) e--;
      return { start: s, end: e };
    })
    .filter((p) => p.end > p.start);
}

export function splitSentences(text: string, layout: SourceLayout = {}) {
  const sentences: SentenceSpan[] = [];
  const related: RelatedSpan[] = [];
  const headings = new Set(layout.headingLines ?? []);
  const relatedLines = new Set(layout.relatedLines ?? []);
  let offset = 0;
  const lines = text.split("\n");
  lines.forEach((rawLine, i) => {
    const lineNumber = i + 1;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (line.trim().length === 0) return;
    if (relatedLines.has(lineNumber)) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      related.push({ line: lineNumber, start: lineStart + lead, end: lineStart + lead + trimmed.length, text: trimmed });
      return;
    }
    const kind: SentenceKind =
      layout.headlineLine === lineNumber ? "HEADLINE" : headings.has(lineNumber) ? "HEADING" : "BODY";
    // A headline or subheading is one citable unit even when it holds several sentences.
    const parts = kind === "BODY" ? splitLine(line) : splitLine(line).slice(0, 1).map((p) => ({ ...p, end: line.trimEnd().length }));
    for (const part of parts) {
      sentences.push({
        index: sentences.length + 1,
        start: lineStart + part.start,
        end: lineStart + part.end,
        paragraph: lineNumber,
        kind,
      });
    }
  });
  return { sentences, related };
}

/** The sentence containing offset `at`, or the first one that starts after it. */
export function sentenceAt<T extends { start: number; end: number }>(sentences: T[], at: number): T | undefined {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences.find((s) => s.start >= at);
}
