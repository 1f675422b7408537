// uncited-claim (heuristic): a claim a question makes that nothing it cites states. A "claim"
// here is what can be checked by reading: a number (digits or a small number word), a month
// (a date), or a phrase in quotation marks, found in the stem, the key (the correct choices,
// the accepted answer, the figure, every ordering item and matching pair) or the explanation.
// It is supported when one of the question's cited quotes, or the statement of a fact it cites,
// or a date the citation carries (as-of dates, the source's publication date), has the same
// number, month or (folded) words. Markdown list numbers ("1. ") are not claims,
// nor are figures inside a numeric key's accepted range (the tolerance the explanation states).
import type { CheckedQuestion, CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { foldText, numbersIn, questionLabel } from "./text";

const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const quoted = /["“”]([^"“”\n]{2,200})["“”]/g;
const listMarker = /^\s*\d+\.\s/gm;

function monthsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of foldText(text).split(" ")) {
    const index = months.findIndex((m) => word === m || (word.length === 3 && m.startsWith(word) && word !== "may"));
    // "may" is a month and a verb: counted only with a day or a year next to it would be better,
    // but the verb is so common that the month is left out.
    if (index >= 0 && months[index] !== "may") found.add(months[index]);
  }
  return found;
}

/** "2025-08-16" as "16 August 2025", so its day, month and year each count as cited. */
function spelledDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return [day ? String(Number(day)) : "", month ? months[Number(month) - 1] ?? "" : "", year].filter(Boolean).join(" ");
}

function keyTexts(question: CheckedQuestion): string[] {
  const options = (question.options ?? {}) as Record<string, unknown>;
  const key = (question.key ?? {}) as Record<string, unknown>;
  const texts = (list: unknown): { id: string; text: string }[] =>
    Array.isArray(list) ? list.filter((c) => c && typeof c.text === "string" && typeof c.id === "string") : [];
  switch (question.type) {
    case "SINGLE_CHOICE":
      return texts(options.choices).filter((c) => c.id === key.correct).map((c) => c.text);
    case "MULTIPLE_SELECT":
      return texts(options.choices).filter((c) => Array.isArray(key.correct) && key.correct.includes(c.id)).map((c) => c.text);
    case "ORDERING":
      return texts(options.choices).map((c) => c.text);
    case "MATCHING":
      return [...texts(options.prompts), ...texts(options.answers)].map((c) => c.text);
    case "SHORT_TEXT":
      return Array.isArray(key.accepted) && typeof key.accepted[0] === "string" ? [key.accepted[0]] : [];
    case "NUMERIC":
      return typeof key.value === "number" ? [String(key.value)] : [];
    default:
      return [];
  }
}

/** Figures a numeric key accepts are the key's, not separate claims. */
function withinKey(question: CheckedQuestion, value: number): boolean {
  if (question.type !== "NUMERIC") return false;
  const key = (question.key ?? {}) as { value?: number; tolerance?: number; toleranceKind?: string };
  if (typeof key.value !== "number") return false;
  const tolerance = key.tolerance ?? 0;
  const allowed = key.toleranceKind === "relative" ? tolerance * Math.abs(key.value) : tolerance;
  return value !== key.value && Math.abs(value - key.value) <= allowed + 1e-9;
}

export function uncitedClaims(set: CheckedSet): Finding[] {
  const statements = new Map(set.sourceFacts.map((f) => [f.factId, f.statement]));
  const findings: Finding[] = [];
  for (const question of set.questions) {
    if (question.citations.length === 0) continue; // unresolved-quote already blocks it
    const cited = [
      ...question.citations.map((c) => c.quote),
      ...new Set(question.citations.map((c) => statements.get(c.factId) ?? "")),
      ...question.citations.flatMap((c) => (c.dates ?? []).map(spelledDate)),
    ].join("\n");
    const citedNumbers = numbersIn(cited);
    const citedMonths = monthsIn(cited);
    const citedFolded = ` ${foldText(cited)} `;
    const claimed = [question.stem, ...keyTexts(question), question.explanation].join("\n").replace(listMarker, "");
    const missing: string[] = [];
    for (const number of numbersIn(claimed)) {
      if (!citedNumbers.has(number) && !withinKey(question, Number(number))) missing.push(number);
    }
    for (const month of monthsIn(claimed)) if (!citedMonths.has(month)) missing.push(month[0].toUpperCase() + month.slice(1));
    for (const match of claimed.matchAll(quoted)) {
      const words = foldText(match[1]);
      if (words && !citedFolded.includes(` ${words} `)) missing.push(`“${match[1]}”`);
    }
    const unique = [...new Set(missing)];
    if (unique.length === 0) continue;
    findings.push({
      rule: "uncited-claim",
      severity: "warning",
      message: `${questionLabel(question)} states ${unique.join(", ")}, which none of its cited quotes (nor the facts they support) contain: cite a source that says it, or drop it.`,
      questionIds: [question.questionId],
    });
  }
  return findings;
}
