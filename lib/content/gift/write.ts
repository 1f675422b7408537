// Writes Cited questions as GIFT (Moodle's text format). Pure. What GIFT has no place for goes
// into a `// cited: {…}` comment before each question (./cited-comment.ts), so that reading the
// file back with ./parse.ts gives the same content; ORDERING has no GIFT form and is skipped with
// a message naming the question.
import { writeCitedComment, type CitedComment, type GiftCitation } from "./cited-comment";
import { escapeGift } from "./escape";
import { defaultId } from "./parse";
import type { QuestionContent } from "@/lib/domain/question-types";

export type GiftExportQuestion = {
  code: string | null;
  stem: string;
  content: QuestionContent;
  explanation: string;
  points: number;
  difficulty: number;
  tags: string[];
  citations: GiftCitation[];
};

export type GiftWriteResult = { text: string; written: number; skipped: { question: string; reason: string }[]; notes: { question: string; note: string }[] };

class CannotWrite extends Error {}

const formatMarker = /^\s*\[(html|moodle|plain|markdown)\]/i;
const weightLike = /^\s*%-?\d+(?:\.\d+)?%/;

/** Text as GIFT holds it; a leading [html]-like marker is kept as text by putting one before it. */
function text(value: string): string {
  const escaped = escapeGift(value);
  return formatMarker.test(escaped) ? `[markdown]${escaped}` : escaped;
}

/** An answer's text, with an explicit weight when its own text would read as one (e.g. "%5% more"). */
function answerText(value: string, weightIfNeeded: string): string {
  const escaped = escapeGift(value);
  return weightLike.test(escaped) ? `${weightIfNeeded}${escaped}` : escaped;
}

const feedbackText = (value: string | undefined) => (value ? `#${text(value)}` : "");

/** Shortest decimal that reads back as the same weight within Moodle's and our rounding. */
const weight = (n: number) => String(Math.round(n * 100000) / 100000);

const isCanonicalFigure = (label: string) => /^[-+]?\d/.test(label) && String(Number(label)) === label;

function usesDefaultIds(ids: string[], makeId: (i: number) => string) {
  return ids.every((id, i) => id === makeId(i));
}

/** The answer block and what the cited comment must add, for one question. */
function answerBlock(content: QuestionContent, notes: string[]): { lines: string[]; extra: CitedComment } {
  switch (content.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT": {
      const { choices } = content.options;
      const correct = new Set(content.type === "SINGLE_CHOICE" ? [content.key.correct] : content.key.correct);
      const share = weight(100 / correct.size);
      const lines = choices.map((choice) => {
        const right = correct.has(choice.id);
        const prefix =
          content.type === "SINGLE_CHOICE"
            ? `${right ? "=" : "~"}${answerText(choice.text, right ? "%100%" : "%0%")}`
            : `~%${right ? share : `-${share}`}%${escapeGift(choice.text)}`;
        return `${prefix}${feedbackText(content.feedback?.[choice.id])}`;
      });
      const ids = choices.map((c) => c.id);
      return { lines, extra: usesDefaultIds(ids, defaultId) ? {} : { ids } };
    }
    case "TRUE_FALSE": {
      const right = content.key.correct ? "true" : "false";
      const wrong = content.key.correct ? "false" : "true";
      const feedback = content.feedback ?? {};
      const tail = feedback[wrong] || feedback[right] ? `#${feedback[wrong] ? text(feedback[wrong]) : ""}${feedback[right] ? `#${text(feedback[right])}` : ""}` : "";
      return { lines: [`${content.key.correct ? "TRUE" : "FALSE"}${tail}`], extra: {} };
    }
    case "NUMERIC": {
      const { value, tolerance, toleranceKind } = content.key;
      const absolute = toleranceKind === "relative" ? tolerance * Math.abs(value) : tolerance;
      const figure = absolute ? `${value}:${absolute}` : String(value);
      const wrong = Object.entries(content.feedback ?? {}).filter(([label]) => {
        if (isCanonicalFigure(label)) return true;
        notes.push(`the feedback for "${label}" is not a plain figure and is left out`);
        return false;
      });
      const lines = wrong.length ? [`#=${figure}`, ...wrong.map(([label, message]) => `=%0%${label}#${text(message)}`)] : [`#${figure}`];
      const extra: CitedComment = {};
      if (content.options.unit !== undefined) extra.unit = content.options.unit;
      if (toleranceKind === "relative") extra.relativeTolerance = tolerance;
      return { lines, extra };
    }
    case "SHORT_TEXT": {
      const labels = Object.entries(content.feedback ?? {});
      const all = [...content.key.accepted, ...labels.map(([label]) => label)];
      if (all.every((t) => t.includes("->"))) throw new CannotWrite('every answer holds "->", which GIFT would read as a matching question');
      if (all.some((t) => t.trim() === "")) throw new CannotWrite("an answer is blank");
      const lines = [
        ...content.key.accepted.map((t) => `=${answerText(t, "%100%")}`),
        ...labels.map(([label, message]) => `=%0%${escapeGift(label)}#${text(message)}`),
      ];
      return { lines, extra: content.options.maxLength ? { maxLength: content.options.maxLength } : {} };
    }
    case "MATCHING": {
      const { prompts, answers } = content.options;
      if (prompts.some((p) => p.text.includes("->"))) throw new CannotWrite('a prompt holds "->", which GIFT reads as the arrow between prompt and answer');
      if (new Set(answers.map((a) => a.text.trim())).size !== answers.length) throw new CannotWrite("two answers have the same text");
      const textOf = new Map(answers.map((a) => [a.id, a.text]));
      const used = new Set(Object.values(content.key.pairs));
      const lines = [
        ...prompts.map((p) => `=${escapeGift(p.text)} -> ${escapeGift(textOf.get(content.key.pairs[p.id])!)}`),
        ...answers.filter((a) => !used.has(a.id)).map((a) => `= -> ${escapeGift(a.text)}`),
      ];
      if (content.feedback && Object.keys(content.feedback).length) notes.push("matching feedback has no GIFT form and is left out");
      // The order GIFT gives the answers in (by first use, then the unused ones) with default ids.
      const byUse = [...new Set([...prompts.map((p) => content.key.pairs[p.id]), ...answers.filter((a) => !used.has(a.id)).map((a) => a.id)])];
      const derived = byUse.map((id, i) => ({ id: defaultId(i), text: textOf.get(id)! }));
      const sameAnswers = derived.length === answers.length && derived.every((d, i) => d.id === answers[i].id && d.text === answers[i].text);
      const promptIds = prompts.map((p) => p.id);
      const extra: CitedComment = {};
      if (!usesDefaultIds(promptIds, (i) => `p${i + 1}`)) extra.ids = promptIds;
      if (!sameAnswers) extra.answers = answers.map((a) => ({ id: a.id, text: a.text }));
      return { lines, extra };
    }
    case "ORDERING":
      throw new CannotWrite("ordering questions have no GIFT form");
  }
}

/** A question's name in messages: its code, or the start of its stem. */
export function questionLabel(question: { code: string | null; stem: string }): string {
  if (question.code) return question.code;
  return question.stem.length > 60 ? `“${question.stem.slice(0, 57)}…”` : `“${question.stem}”`;
}

/** The questions as one GIFT file, in the order given. */
export function writeGift(questions: GiftExportQuestion[], heading: string[] = []): GiftWriteResult {
  const blocks: string[] = [];
  const skipped: GiftWriteResult["skipped"] = [];
  const notes: GiftWriteResult["notes"] = [];
  questions.forEach((question, index) => {
    const label = questionLabel(question);
    const questionNotes: string[] = [];
    let block: { lines: string[]; extra: CitedComment };
    try {
      block = answerBlock(question.content, questionNotes);
    } catch (error) {
      if (!(error instanceof CannotWrite)) throw error;
      skipped.push({ question: label, reason: error.message });
      return;
    }
    for (const note of questionNotes) notes.push({ question: label, note });
    const comment = writeCitedComment({
      code: question.code && /^Q\d+$/.test(question.code) ? question.code : undefined,
      points: question.points !== 1 ? question.points : undefined,
      difficulty: question.difficulty !== 2 ? question.difficulty : undefined,
      tags: question.tags,
      cite: question.citations,
      ...block.extra,
    });
    const title = escapeGift(question.code ?? `Question ${index + 1}`);
    const general = question.explanation.trim() ? [`####[markdown]${escapeGift(question.explanation)}`] : [];
    blocks.push([...(comment ? [comment] : []), `::${title}::${text(question.stem)} {`, ...block.lines.map((l) => `  ${l}`), ...general.map((l) => `  ${l}`), "}"].join("\n"));
  });
  const head = heading.map((line) => `// ${line.replace(/[\r\n]+/g, " ")}`);
  const file = [...(head.length ? [head.join("\n")] : []), ...blocks].join("\n\n") + "\n";
  return { text: file, written: blocks.length, skipped, notes };
}
