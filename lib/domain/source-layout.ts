// The admin's review of a pasted text: each non-empty line gets a role (body, headline, heading
// or "read also" teaser) and may be marked not citable. The choices become the seed's layout
// (lib/domain/sentences.ts) plus the citable flag of each sentence.
import { splitSentences, type RelatedSpan, type SentenceSpan, type SourceLayout } from "./sentences";

export const lineRoles = ["body", "headline", "heading", "teaser"] as const;
export type LineRole = (typeof lineRoles)[number];

export type LineChoice = { role: LineRole; citable: boolean };
/** Keyed by 1-based line number; a line without a choice is citable body text. */
export type LineChoices = Map<number, LineChoice>;

export type ReviewLine = { line: number; text: string; choice: LineChoice };

function textLines(text: string): string[] {
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/**
 * The non-empty lines to review, each with its choice. Without any choice yet, the first line
 * is taken for the headline (as an article's first line usually is) and the rest for body.
 */
export function reviewLines(text: string, choices?: LineChoices): ReviewLine[] {
  const lines = textLines(text)
    .map((content, i) => ({ line: i + 1, text: content }))
    .filter((l) => l.text.trim().length > 0);
  return lines.map((l, i) => ({
    ...l,
    choice: choices ? (choices.get(l.line) ?? { role: "body", citable: true }) : { role: i === 0 ? "headline" : "body", citable: true },
  }));
}

/** Reads the review's form fields `role-<line>` and `noncitable-<line>`; unknown roles are body. */
export function choicesFromForm(fields: Record<string, unknown>): LineChoices {
  const choices: LineChoices = new Map();
  for (const [key, value] of Object.entries(fields)) {
    const role = /^role-(\d{1,6})$/.exec(key);
    if (role && typeof value === "string") {
      const line = Number(role[1]);
      const chosen = (lineRoles as readonly string[]).includes(value) ? (value as LineRole) : "body";
      choices.set(line, { role: chosen, citable: choices.get(line)?.citable ?? true });
    }
  }
  for (const key of Object.keys(fields)) {
    const flag = /^noncitable-(\d{1,6})$/.exec(key);
    if (flag) {
      const line = Number(flag[1]);
      choices.set(line, { role: choices.get(line)?.role ?? "body", citable: false });
    }
  }
  return choices;
}

export type SourceSentence = SentenceSpan & { citable: boolean };
export type SplitSource = { sentences: SourceSentence[]; related: RelatedSpan[]; problems: string[] };

/**
 * Splits `text` as the choices say. Problems (more than one headline, a text with no citable
 * sentence) are returned for the admin to fix; the split is still given so the review can show it.
 */
export function splitWithChoices(text: string, choices: LineChoices): SplitSource {
  const lines = reviewLines(text, choices);
  const problems: string[] = [];
  const headlines = lines.filter((l) => l.choice.role === "headline").map((l) => l.line);
  if (headlines.length > 1) problems.push(`Only one line can be the headline; lines ${headlines.join(", ")} are marked as headline.`);
  const layout: SourceLayout = {
    headlineLine: headlines[0],
    headingLines: lines.filter((l) => l.choice.role === "heading" || (l.choice.role === "headline" && l.line !== headlines[0])).map((l) => l.line),
    relatedLines: lines.filter((l) => l.choice.role === "teaser").map((l) => l.line),
  };
  const notCitable = new Set(lines.filter((l) => !l.choice.citable).map((l) => l.line));
  const { sentences, related } = splitSentences(text, layout);
  const withFlags = sentences.map((s) => ({ ...s, citable: !notCitable.has(s.paragraph) }));
  if (lines.length > 0 && !withFlags.some((s) => s.citable)) problems.push("Every line is a teaser or not citable: leave at least one citable line.");
  return { sentences: withFlags, related, problems };
}

/** The proposal before the admin chose anything: the first line the headline, the rest body. */
export function defaultChoices(text: string): LineChoices {
  return new Map(reviewLines(text).map((l) => [l.line, l.choice]));
}

/** The choices a stored source was saved with, read back from its sentences and teasers (to correct it). */
export function choicesFromRows(
  text: string,
  sentences: { paragraph: number; kind: "HEADLINE" | "HEADING" | "BODY"; citable: boolean }[],
  teaserStarts: number[],
): LineChoices {
  const choices: LineChoices = new Map();
  for (const s of sentences) {
    const role: LineRole = s.kind === "HEADLINE" ? "headline" : s.kind === "HEADING" ? "heading" : "body";
    const citable = (choices.get(s.paragraph)?.citable ?? true) && s.citable;
    choices.set(s.paragraph, { role, citable });
  }
  for (const start of teaserStarts) {
    const line = text.slice(0, start).split("\n").length;
    choices.set(line, { role: "teaser", citable: true });
  }
  return choices;
}
