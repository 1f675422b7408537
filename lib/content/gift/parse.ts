// Reads a GIFT file (Moodle's text format for questions) into Cited's question content. Pure: no
// database. Every question is checked with parseQuestionContent; everything GIFT can say that
// Cited cannot score the same way (essays, descriptions, missing words inside a sentence, partial
// credit, unequal weights) and every syntax error is a message naming its line. The caller
// imports nothing when there is any error (docs/decisions/023-gift-import-and-export.md).
import { CITED_COMMENT_PREFIX, readCitedComment, type CitedComment, type GiftCitation } from "./cited-comment";
import { findUnescaped, splitUnescaped, unescapeGift } from "./escape";
import { hasControlCharacters } from "@/lib/domain/control-characters";
import { parseQuestionContent, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";

/** Files larger than this are refused before parsing (the page says so); it keeps a preview and its confirmation under the server actions' 1 MB body limit. */
export const MAX_GIFT_BYTES = 256 * 1024;
/** At most this many questions in one import. */
export const MAX_GIFT_QUESTIONS = 500;

export type GiftMessage = { line: number; message: string };

export type GiftQuestion = {
  /** The line the question starts on (its cited comment, or its first line). */
  line: number;
  title: string | null;
  code: string | null;
  stem: string;
  content: QuestionContent;
  explanation: string;
  points: number;
  difficulty: number;
  tags: string[];
  citations: GiftCitation[];
};

export type GiftParseResult = { questions: GiftQuestion[]; errors: GiftMessage[]; warnings: GiftMessage[] };

export const formatGiftMessage = (m: GiftMessage) => `line ${m.line}: ${m.message}`;

/** Option ids GIFT does not carry: a, b, … z, then a2, b2 … */
export function defaultId(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`;
}

type Block = { lines: { number: number; text: string }[]; comment: { line: number; comment: CitedComment } | null };

/** One question's text with a way back from an offset to the file's line number. */
class Located {
  constructor(
    readonly text: string,
    private readonly starts: { offset: number; line: number }[],
  ) {}
  static of(lines: { number: number; text: string }[]): Located {
    const starts: { offset: number; line: number }[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push({ offset, line: line.number });
      offset += line.text.length + 1;
    }
    return new Located(lines.map((l) => l.text).join("\n"), starts);
  }
  lineAt(offset: number): number {
    let line = this.starts[0]?.line ?? 1;
    for (const start of this.starts) if (start.offset <= offset) line = start.line;
    return line;
  }
}

class QuestionError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const formatMarker = /^\s*\[(html|moodle|plain|markdown)\]/i;
const weightPattern = /^\s*%(-?\d+(?:\.\d+)?)%/;
const numberText = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
const toleranceSpec = new RegExp(`^(${numberText})\\s*:\\s*(${numberText})$`);
const rangeSpec = new RegExp(`^(${numberText})\\s*\\.\\.\\s*(${numberText})$`);
const plainNumber = new RegExp(`^${numberText}$`);

/** Splits the file into questions: blank lines separate them, `//` lines are comments. */
function blocks(text: string, errors: GiftMessage[], warnings: GiftMessage[]): Block[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const result: Block[] = [];
  let current: Block | null = null;
  let pending: Block["comment"] = null;
  lines.forEach((raw, index) => {
    const number = index + 1;
    const trimmed = raw.trim();
    // PostgreSQL cannot store NUL, and no question needs invisible control characters.
    if (hasControlCharacters(raw)) errors.push({ line: number, message: "invisible control characters: remove them" });
    if (trimmed === "") {
      if (current) result.push(current);
      current = null;
      return;
    }
    if (trimmed.startsWith(CITED_COMMENT_PREFIX.trim())) {
      const read = readCitedComment(trimmed.startsWith(CITED_COMMENT_PREFIX) ? trimmed : `${CITED_COMMENT_PREFIX}${trimmed.slice(CITED_COMMENT_PREFIX.trim().length)}`);
      if (!read.ok) errors.push({ line: number, message: read.message });
      else if (current) errors.push({ line: number, message: "a cited comment must come before its question, not inside it" });
      else pending = { line: number, comment: read.comment };
      return;
    }
    if (trimmed.startsWith("//")) return;
    if (/^\$CATEGORY:/i.test(trimmed)) {
      warnings.push({ line: number, message: "categories are ignored: choose a quiz set to add the questions to instead" });
      return;
    }
    if (!current) {
      current = { lines: [], comment: pending };
      pending = null;
    }
    current.lines.push({ number, text: raw });
  });
  if (current) result.push(current);
  if (pending) warnings.push({ line: (pending as NonNullable<Block["comment"]>).line, message: "this cited comment has no question after it and is ignored" });
  return result;
}

type Answer = { line: number; mark: "=" | "~"; weight: number | null; text: string; feedback: string | null };

/** The answers of a choice, short-answer or matching block: `=right ~wrong #feedback`. */
function answersOf(located: Located, bodyStart: number, body: string, parseWeights: boolean): Answer[] {
  const pieces = splitUnescaped(body, "=~");
  const before = pieces[0];
  if (before.text.trim() !== "") {
    throw new QuestionError(located.lineAt(bodyStart), "text before the first answer: start every answer with = (right) or ~ (wrong)");
  }
  return pieces.slice(1).map((piece) => {
    const line = located.lineAt(bodyStart + piece.start);
    const hash = findUnescaped(piece.text, "#");
    let raw = hash === -1 ? piece.text : piece.text.slice(0, hash);
    const feedback = hash === -1 ? null : unescapeGift(piece.text.slice(hash + 1).replace(formatMarker, "")).trim() || null;
    let weight: number | null = null;
    const weighted = parseWeights ? weightPattern.exec(raw) : null;
    if (weighted) {
      weight = Number(weighted[1]);
      raw = raw.slice(weighted[0].length);
    }
    const text = unescapeGift(raw).trim();
    if (text === "") throw new QuestionError(line, `an answer after ${piece.separator} is empty`);
    return { line, mark: piece.separator as "=" | "~", weight, text, feedback };
  });
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(1, Math.abs(b));

function choiceIds(count: number, comment: CitedComment, line: number, warnings: GiftMessage[]): string[] {
  if (comment.ids) {
    if (comment.ids.length === count) return comment.ids;
    warnings.push({ line, message: "the cited comment lists option ids for a different number of answers: default ids are used" });
  }
  return Array.from({ length: count }, (_, i) => defaultId(i));
}

function choiceQuestion(answers: Answer[], comment: CitedComment, line: number, warnings: GiftMessage[]) {
  const ids = choiceIds(answers.length, comment, line, warnings);
  const choices = answers.map((a, i) => ({ id: ids[i], text: a.text }));
  const feedback: Record<string, string> = {};
  answers.forEach((a, i) => {
    if (a.feedback) feedback[ids[i]] = a.feedback;
  });
  const positive = answers.filter((a) => a.weight !== null && a.weight > 0);
  const marked = answers.filter((a) => a.mark === "=");
  for (const a of answers) {
    if (a.mark === "=" && a.weight !== null && a.weight !== 100) {
      throw new QuestionError(a.line, `a right answer worth ${a.weight}% is partial credit, which Cited cannot give: mark it = (full credit) or ~ (wrong)`);
    }
    if (a.weight !== null && (a.weight > 100 || a.weight < -100)) throw new QuestionError(a.line, `a weight of ${a.weight}% is outside -100%..100%`);
  }
  const withFeedback = Object.keys(feedback).length ? feedback : undefined;
  if (marked.length > 0 && positive.some((a) => a.mark === "~")) {
    throw new QuestionError(line, "mixes = answers with ~%…% weighted ones: use one or the other");
  }
  if (marked.length === 1) {
    const correct = ids[answers.indexOf(marked[0])];
    return { type: "SINGLE_CHOICE" as const, options: { choices }, key: { correct }, feedback: withFeedback };
  }
  if (marked.length > 1) {
    throw new QuestionError(marked[1].line, "more than one answer is marked =: for several right answers, weight each ~%50% (two), ~%33.33333% (three)…");
  }
  if (positive.length === 0) throw new QuestionError(line, "no answer is marked right (= or a positive ~%…% weight)");
  // Cited scores a multiple-select question as right ticks minus wrong ticks over the number of
  // right options: every right option weighs the same, and together they make 100%.
  const share = 100 / positive.length;
  const unequal = positive.find((a) => !near(a.weight!, share));
  if (unequal) {
    throw new QuestionError(unequal.line, `weights Cited cannot score the same way: every right answer must weigh ${round(share)}% (100% shared equally), not ${unequal.weight}%`);
  }
  const wrongWeights = answers.filter((a) => a.weight !== null && a.weight < 0 && !near(a.weight, -share));
  if (wrongWeights.length) {
    warnings.push({ line: wrongWeights[0].line, message: `Cited takes ${round(share)}% off for each wrong tick, not ${wrongWeights[0].weight}%` });
  }
  const correct = answers.flatMap((a, i) => (a.weight !== null && a.weight > 0 ? [ids[i]] : []));
  return { type: "MULTIPLE_SELECT" as const, options: { choices }, key: { correct }, feedback: withFeedback };
}

const round = (n: number) => Math.round(n * 100000) / 100000;

function shortTextQuestion(answers: Answer[], comment: CitedComment, warnings: GiftMessage[]) {
  const accepted: string[] = [];
  const feedback: Record<string, string> = {};
  for (const a of answers) {
    if (a.weight === null || a.weight === 100) {
      accepted.push(a.text);
      if (a.feedback) warnings.push({ line: a.line, message: "feedback on a right short answer is not kept (Cited's feedback is for wrong answers)" });
    } else if (a.weight === 0) {
      if (a.feedback) feedback[a.text] = a.feedback;
    } else {
      throw new QuestionError(a.line, `a short answer worth ${a.weight}% is partial credit, which Cited cannot give`);
    }
  }
  if (accepted.length === 0) throw new QuestionError(answers[0].line, "no short answer is marked right");
  return {
    type: "SHORT_TEXT" as const,
    options: comment.maxLength ? { maxLength: comment.maxLength } : {},
    key: { accepted },
    feedback: Object.keys(feedback).length ? feedback : undefined,
  };
}

function matchingQuestion(answers: Answer[], comment: CitedComment, line: number, warnings: GiftMessage[]) {
  const pairs: { prompt: string; answer: string; line: number }[] = [];
  const extra: string[] = [];
  for (const a of answers) {
    const arrow = a.text.indexOf("->");
    if (a.mark !== "=" || arrow === -1) throw new QuestionError(a.line, "every answer of a matching question is =prompt -> answer");
    if (a.feedback) warnings.push({ line: a.line, message: "feedback on a matching pair is not kept" });
    const prompt = a.text.slice(0, arrow).trim();
    const answer = a.text.slice(arrow + 2).trim();
    if (answer === "") throw new QuestionError(a.line, "a matching pair has nothing after ->");
    if (prompt === "") extra.push(answer);
    else pairs.push({ prompt, answer, line: a.line });
  }
  const texts = [...new Set([...pairs.map((p) => p.answer), ...extra])];
  let answerList = texts.map((text, i) => ({ id: defaultId(i), text }));
  if (comment.answers) {
    const listed = new Set(comment.answers.map((a) => a.text));
    if (texts.every((t) => listed.has(t)) && comment.answers.length === texts.length) answerList = comment.answers;
    else warnings.push({ line, message: "the cited comment lists different matching answers: default ids are used" });
  }
  let promptIds = pairs.map((_, i) => `p${i + 1}`);
  if (comment.ids?.length === pairs.length) promptIds = comment.ids;
  else if (comment.ids) warnings.push({ line, message: "the cited comment lists prompt ids for a different number of pairs: default ids are used" });
  const idOfAnswer = new Map(answerList.map((a) => [a.text, a.id]));
  return {
    type: "MATCHING" as const,
    options: { prompts: pairs.map((p, i) => ({ id: promptIds[i], text: p.prompt })), answers: answerList },
    key: { pairs: Object.fromEntries(pairs.map((p, i) => [promptIds[i], idOfAnswer.get(p.answer)!])) },
    feedback: undefined,
  };
}

function numberFrom(spec: string, line: number): { value: number; tolerance: number } {
  const text = spec.trim();
  let match = toleranceSpec.exec(text);
  if (match) return { value: Number(match[1]), tolerance: Math.abs(Number(match[2])) };
  match = rangeSpec.exec(text);
  if (match) {
    const [low, high] = [Number(match[1]), Number(match[2])].sort((a, b) => a - b);
    return { value: (low + high) / 2, tolerance: (high - low) / 2 };
  }
  if (plainNumber.test(text)) return { value: Number(text), tolerance: 0 };
  throw new QuestionError(line, `"${text}" is not a number (write 600, 600:30 or 570..630)`);
}

function numericQuestion(located: Located, bodyStart: number, body: string, comment: CitedComment, warnings: GiftMessage[]) {
  const line = located.lineAt(bodyStart);
  let figure: { value: number; tolerance: number };
  const feedback: Record<string, string> = {};
  if (findUnescaped(body, "=") === -1) {
    const hash = findUnescaped(body, "#");
    figure = numberFrom(unescapeGift(hash === -1 ? body : body.slice(0, hash)), line);
    if (hash !== -1 && body.slice(hash + 1).trim()) warnings.push({ line, message: "feedback on the right figure is not kept (Cited's feedback is for wrong figures)" });
  } else {
    const answers = answersOf(located, bodyStart, body, true);
    const full = answers.filter((a) => a.weight === null || a.weight === 100);
    const partial = answers.find((a) => a.weight !== null && a.weight !== 0 && a.weight !== 100);
    if (partial) throw new QuestionError(partial.line, `a numeric answer worth ${partial.weight}%: numeric questions with partial-credit answers cannot be scored by Cited`);
    if (full.length !== 1) throw new QuestionError(line, full.length === 0 ? "no numeric answer is marked right" : "a numeric question with several right answers: Cited takes one figure and a tolerance");
    if (answers.some((a) => a.mark === "~")) throw new QuestionError(line, "numeric answers start with =, not ~");
    figure = numberFrom(full[0].text, full[0].line);
    if (full[0].feedback) warnings.push({ line: full[0].line, message: "feedback on the right figure is not kept (Cited's feedback is for wrong figures)" });
    for (const a of answers.filter((x) => x.weight === 0)) {
      const wrong = numberFrom(a.text, a.line);
      if (wrong.tolerance) warnings.push({ line: a.line, message: "a wrong figure's tolerance is not kept: its feedback is for that exact figure" });
      if (a.feedback) feedback[String(wrong.value)] = a.feedback;
    }
  }
  if (!Number.isFinite(figure.value) || !Number.isFinite(figure.tolerance)) throw new QuestionError(line, "the figure is too large");
  const relative = comment.relativeTolerance;
  const key =
    relative !== undefined && near(relative * Math.abs(figure.value), figure.tolerance)
      ? { value: figure.value, tolerance: relative, toleranceKind: "relative" as const }
      : { value: figure.value, tolerance: figure.tolerance, toleranceKind: "absolute" as const };
  return {
    type: "NUMERIC" as const,
    options: comment.unit ? { unit: comment.unit } : {},
    key,
    feedback: Object.keys(feedback).length ? feedback : undefined,
  };
}

function trueFalseQuestion(body: string) {
  const parts = splitUnescaped(body, "#").map((p) => unescapeGift(p.text.replace(formatMarker, "")).trim());
  const correct = /^t(rue)?$/i.test(parts[0]);
  // GIFT: {T#feedback for a wrong answer#feedback for a right answer}; Cited keys it by the answer given.
  const [wrong, right] = [parts[1] || undefined, parts[2] || undefined];
  const feedback: Record<string, string> = {};
  const chosenWrong = correct ? "false" : "true";
  const chosenRight = correct ? "true" : "false";
  if (wrong) feedback[chosenWrong] = wrong;
  if (right) feedback[chosenRight] = right;
  return { type: "TRUE_FALSE" as const, options: {}, key: { correct }, feedback: Object.keys(feedback).length ? feedback : undefined };
}

function parseQuestion(block: Block, warnings: GiftMessage[]): GiftQuestion {
  const located = Located.of(block.lines);
  const text = located.text;
  const firstLine = block.lines[0].number;
  const comment = block.comment?.comment ?? {};
  let cursor = 0;
  let title: string | null = null;
  const lead = text.length - text.trimStart().length;
  if (text.startsWith("::", lead)) {
    const end = findUnescaped(text, "::", lead + 2);
    if (end === -1) throw new QuestionError(firstLine, "the title opened with :: is never closed with ::");
    title = unescapeGift(text.slice(lead + 2, end)).trim() || null;
    cursor = end + 2;
  }
  const open = findUnescaped(text, "{", cursor);
  if (open === -1) throw new QuestionError(firstLine, "no answers ({…}): descriptions without a question cannot be imported");
  const close = findUnescaped(text, "}", open + 1);
  if (close === -1) throw new QuestionError(located.lineAt(open), "the answers opened with { are never closed with }");
  if (findUnescaped(text, "{", close + 1) !== -1) throw new QuestionError(located.lineAt(close), "more than one answer block: Cited asks one thing per question");
  if (text.slice(close + 1).trim() !== "") {
    throw new QuestionError(located.lineAt(close), "the answers stand in the middle of the sentence (a missing-word question): Cited cannot show a blank inside the stem");
  }
  let stemRaw = text.slice(cursor, open);
  const marker = formatMarker.exec(stemRaw);
  if (marker) {
    if (marker[1].toLowerCase() === "html") warnings.push({ line: firstLine, message: "HTML questions are imported as text: tags are shown as typed, not rendered" });
    stemRaw = stemRaw.slice(marker[0].length);
  }
  const stem = unescapeGift(stemRaw).trim();
  if (stem === "") throw new QuestionError(firstLine, "the question has no text before its answers");

  let body = text.slice(open + 1, close);
  const bodyStart = open + 1;
  let explanation = "";
  const general = findUnescaped(body, "####");
  if (general !== -1) {
    explanation = unescapeGift(body.slice(general + 4).replace(formatMarker, "")).trim();
    body = body.slice(0, general);
  }
  const trimmed = body.trim();
  let raw: { type: QuestionType; options: unknown; key: unknown; feedback?: unknown };
  if (trimmed === "") throw new QuestionError(located.lineAt(open), "an essay question ({}) has no key: Cited cannot score it");
  if (trimmed.startsWith("#")) {
    const offset = body.indexOf("#") + 1;
    raw = numericQuestion(located, bodyStart + offset, body.slice(offset), comment, warnings);
  } else if (/^(T|TRUE|F|FALSE)\s*(#|$)/i.test(trimmed)) {
    raw = trueFalseQuestion(trimmed);
  } else {
    const isMatching = splitUnescaped(body, "=~")
      .slice(1)
      .every((piece) => piece.separator === "=" && piece.text.includes("->"));
    const answers = answersOf(located, bodyStart, body, !isMatching);
    if (answers.length === 0) throw new QuestionError(located.lineAt(open), "no answers between { and }");
    if (isMatching) raw = matchingQuestion(answers, comment, firstLine, warnings);
    else if (answers.every((a) => a.mark === "=")) raw = shortTextQuestion(answers, comment, warnings);
    else raw = choiceQuestion(answers, comment, firstLine, warnings);
  }
  const parsed = parseQuestionContent(raw.type, raw);
  if (!parsed.ok) throw new QuestionError(firstLine, `not a valid ${raw.type.toLowerCase().replace("_", " ")} question: ${parsed.errors.join("; ")}`);
  return {
    line: block.comment?.line ?? firstLine,
    title,
    code: comment.code ?? null,
    stem,
    content: parsed.content,
    explanation,
    points: comment.points ?? 1,
    difficulty: comment.difficulty ?? 2,
    tags: comment.tags ?? [],
    citations: comment.cite ?? [],
  };
}

/** Every question of the file, with every error and warning by line. */
export function parseGift(text: string): GiftParseResult {
  const errors: GiftMessage[] = [];
  const warnings: GiftMessage[] = [];
  const questions: GiftQuestion[] = [];
  const found = blocks(text, errors, warnings);
  if (found.length > MAX_GIFT_QUESTIONS) {
    errors.push({ line: found[MAX_GIFT_QUESTIONS].lines[0].number, message: `more than ${MAX_GIFT_QUESTIONS} questions: split the file` });
    return { questions, errors, warnings };
  }
  for (const block of found) {
    try {
      questions.push(parseQuestion(block, warnings));
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      errors.push({ line: error.line, message: error.message });
    }
  }
  if (found.length === 0 && errors.length === 0) errors.push({ line: 1, message: "the file holds no questions" });
  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return { questions, errors, warnings };
}
