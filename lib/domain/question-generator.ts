// Proposes draft questions from a fact, its evidence and the other facts of the same sources.
// Rule-based and offline: every proposal is built from words the facts and quotes already hold,
// checked with parseQuestionContent for its type, and cites the evidence it came from. Nothing
// here is published: an admin picks proposals, which are saved as drafts to edit.
import { parseQuestionContent, type ContentInput, type QuestionType } from "./question-types";

export type Precision = "DAY" | "MONTH" | "YEAR";

export type GeneratorEvidence = {
  id: string;
  sourceId: string;
  sourceTitle: string;
  quote: string;
  claimant: string | null;
  stance: "SUPPORTS" | "DISPUTES" | "UPDATES";
};

export type GeneratorFact = {
  id: string;
  code: string | null;
  statement: string;
  kind: "FACT" | "FIGURE" | "ATTRIBUTION" | "QUOTE";
  attributedTo: string | null;
  asOf: Date | null;
  asOfPrecision: Precision | null;
  evidence: GeneratorEvidence[];
};

export type ProposalKind = "numeric" | "true-false" | "who-said-it" | "ordering" | "which-source";

export type Proposal = {
  /** Stable for the same facts: the admin's choice is sent back by this id. */
  id: ProposalKind;
  title: string;
  type: QuestionType;
  stem: string;
  options: unknown;
  key: unknown;
  feedback?: unknown;
  explanation: string;
  /** Evidence ids the question cites, in order. */
  citations: string[];
};

// ── Figures ──────────────────────────────────────────────────────────────────────────────────

export type FigureStatement = {
  value: number;
  /** How the figure is put: "exact" (a count), "approximate" ("nearly", "about") or "bound" ("over"). */
  manner: "exact" | "approximate" | "bound";
  /** Where the qualifier (if any) and the number sit in the statement. */
  start: number;
  numberStart: number;
  end: number;
  /** The word after the number, when it names what is counted ("children"). */
  unit: string | undefined;
};

const approximate = ["nearly", "almost", "about", "around", "roughly", "approximately", "some", "approx.", "circa", "close to", "an estimated"];
const bounds = ["over", "more than", "at least", "fewer than", "less than", "under", "up to", "above", "below", "upwards of"];
const qualifierPattern = [...approximate, ...bounds].map((q) => q.replace(/[.]/g, "\\.").replace(/ /g, "\\s+")).join("|");
// A number inside a word or a code ("F4", "COVID19") is not a figure: digits must stand alone.
const figurePattern = new RegExp(`(?:\\b(${qualifierPattern})\\s+)?(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\p{L}\\p{N}]|[.,]\\d)(?:\\s+([a-z][a-z-]+))?`, "giu");

/** Numbers between 1800 and 2100 written without a separator read as years, not figures. */
const isYear = (digits: string) => /^\d{4}$/.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100;

/** The first figure a statement gives (skipping years), with how it is qualified. */
export function findFigure(statement: string): FigureStatement | null {
  for (const match of statement.matchAll(figurePattern)) {
    const [whole, qualifier, digits, unit] = match;
    if (isYear(digits)) continue;
    const value = Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    const q = qualifier?.toLowerCase().replace(/\s+/g, " ");
    const manner = !q ? "exact" : approximate.includes(q) ? "approximate" : "bound";
    const start = match.index;
    const numberStart = start + whole.indexOf(digits, qualifier ? qualifier.length : 0);
    return { value, manner, start, numberStart, end: numberStart + digits.length, unit: unit?.toLowerCase() };
  }
  return null;
}

/**
 * The tolerance a numeric key gets from how the figure is stated. An exact count or a bound
 * ("over 19,000": the figure the source gives) is exact; an approximate one ("nearly 600")
 * accepts 2% either side, so "nearly 600" accepts 588..612 and never 630.
 */
export function toleranceFor(figure: Pick<FigureStatement, "value" | "manner">): number {
  if (figure.manner !== "approximate") return 0;
  const allowed = Math.abs(figure.value) * 0.02;
  return Number.isInteger(figure.value) ? Math.floor(allowed) : allowed;
}

/** Writes a figure the way the statement writes its own (grouped with commas or not). */
function writeLike(original: string, value: number): string {
  return original.includes(",") ? value.toLocaleString("en-US") : String(value);
}

/**
 * A wrong figure that reads plausibly: the true one scaled by about a third and rounded to the
 * same number of significant digits, always further from it than any tolerance would accept.
 */
export function plausibleWrongFigure(value: number): number {
  const digits = Math.max(1, String(Math.trunc(Math.abs(value))).replace(/0+$/, "").length);
  const scale = 10 ** Math.max(0, String(Math.trunc(Math.abs(value))).length - digits);
  let wrong = Math.round((value * 4) / 3 / scale) * scale;
  if (Math.abs(wrong - value) <= Math.max(1, Math.abs(value) * 0.1)) wrong = value + Math.max(1, Math.round(Math.abs(value) * 0.3));
  return wrong;
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

const supporting = (fact: GeneratorFact) => fact.evidence.filter((e) => e.stance === "SUPPORTS");
const quoteLine = (quote: string) => `> ${quote.replace(/\s+/g, " ").trim()}`;
const clip = (text: string, max = 160) => {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
};

function explain(lead: string, evidence: GeneratorEvidence[]): string {
  return [lead, ...evidence.map((e) => `${quoteLine(e.quote)}\n>\n> — ${e.sourceTitle}`)].join("\n\n");
}

function valid(proposal: Proposal): Proposal | null {
  const input: ContentInput = { options: proposal.options, key: proposal.key, feedback: proposal.feedback };
  return parseQuestionContent(proposal.type, input).ok && proposal.citations.length > 0 ? proposal : null;
}

// ── The proposals ────────────────────────────────────────────────────────────────────────────

function figureProposals(fact: GeneratorFact): Proposal[] {
  const figure = findFigure(fact.statement);
  const cited = supporting(fact);
  if (!figure || cited.length === 0) return [];
  const original = fact.statement.slice(figure.numberStart, figure.end);
  const blanked = `${fact.statement.slice(0, figure.numberStart)}___${fact.statement.slice(figure.end)}`;
  const tolerance = toleranceFor(figure);
  const citations = [cited[0].id];
  const numeric: Proposal = {
    id: "numeric",
    title: "The figure (numeric)",
    type: "NUMERIC",
    stem: `What figure is missing? “${blanked}”`,
    options: figure.unit ? { unit: figure.unit } : {},
    key: { value: figure.value, tolerance, toleranceKind: "absolute" },
    explanation: explain(
      `The source gives ${fact.statement.slice(figure.start, figure.end)}${tolerance ? ` (answers within ${tolerance} are accepted, as the figure is approximate)` : ""}.`,
      [cited[0]],
    ),
    citations,
  };
  const wrong = plausibleWrongFigure(figure.value);
  const falseStatement = `${fact.statement.slice(0, figure.numberStart)}${writeLike(original, wrong)}${fact.statement.slice(figure.end)}`;
  const trueFalse: Proposal = {
    id: "true-false",
    title: "A wrong figure (true or false)",
    type: "TRUE_FALSE",
    stem: `True or false? “${falseStatement}”`,
    options: {},
    key: { correct: false },
    feedback: { true: `The source gives ${original}, not ${writeLike(original, wrong)}.` },
    explanation: explain(`False: the source gives ${fact.statement.slice(figure.start, figure.end)}.`, [cited[0]]),
    citations,
  };
  return [numeric, trueFalse];
}

/** Who said it: the claimants of quotes and attributed claims across the facts, each once. */
function whoSaidItProposal(fact: GeneratorFact, others: GeneratorFact[]): Proposal | null {
  const said = (f: GeneratorFact) => {
    if (f.kind !== "QUOTE" && f.kind !== "ATTRIBUTION") return null;
    const evidence = supporting(f).find((e) => e.claimant ?? f.attributedTo);
    const claimant = (evidence?.claimant ?? f.attributedTo)?.trim();
    return evidence && claimant ? { fact: f, evidence, claimant } : null;
  };
  const own = said(fact);
  if (!own) return null;
  const pairs = [own];
  for (const other of others) {
    const pair = said(other);
    if (pair && !pairs.some((p) => p.claimant.toLowerCase() === pair.claimant.toLowerCase() || p.evidence.quote === pair.evidence.quote)) pairs.push(pair);
    if (pairs.length === 5) break;
  }
  if (pairs.length < 2) return null;
  const prompts = pairs.map((p, i) => ({ id: `q${i + 1}`, text: `“${clip(p.evidence.quote)}”` }));
  // The answers are listed in a different order than the prompts (reversed), alphabetically stable.
  const answers = pairs.map((p, i) => ({ id: `c${i + 1}`, text: p.claimant })).reverse();
  return {
    id: "who-said-it",
    title: "Who said it (matching)",
    type: "MATCHING",
    stem: "Who said it? Match each quote with who said or claimed it.",
    options: { prompts, answers },
    key: { pairs: Object.fromEntries(pairs.map((_, i) => [`q${i + 1}`, `c${i + 1}`])) },
    explanation: explain("Each quote with its claimant:", pairs.map((p) => ({ ...p.evidence, sourceTitle: `${p.claimant}, in ${p.evidence.sourceTitle}` }))),
    citations: pairs.map((p) => p.evidence.id),
  };
}

const rank: Record<Precision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** The date cut to `precision`, as a sortable string ("2025", "2025-08", "2025-08-15"). */
function dateAt(date: Date, precision: Precision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** Two dated facts can be ordered when they differ at the coarser of their two precisions. */
export function orderable(a: { asOf: Date; asOfPrecision: Precision }, b: { asOf: Date; asOfPrecision: Precision }): boolean {
  const coarser = rank[a.asOfPrecision] <= rank[b.asOfPrecision] ? a.asOfPrecision : b.asOfPrecision;
  return dateAt(a.asOf, coarser) !== dateAt(b.asOf, coarser);
}

function orderingProposal(fact: GeneratorFact, others: GeneratorFact[]): Proposal | null {
  type Dated = GeneratorFact & { asOf: Date; asOfPrecision: Precision; cite: GeneratorEvidence };
  const dated = (f: GeneratorFact): Dated | null => {
    const cite = supporting(f)[0];
    return f.asOf && f.asOfPrecision && cite ? { ...f, asOf: f.asOf, asOfPrecision: f.asOfPrecision, cite } : null;
  };
  const own = dated(fact);
  if (!own) return null;
  // Greedily keep facts that can be ordered against every one kept so far.
  const kept: Dated[] = [own];
  for (const other of others) {
    const d = dated(other);
    if (d && kept.every((k) => orderable(k, d))) kept.push(d);
    if (kept.length === 4) break;
  }
  if (kept.length < 2) return null;
  const ids = new Map(kept.map((f, i) => [f.id, `e${i + 1}`]));
  const chronological = [...kept].sort((a, b) => a.asOf.getTime() - b.asOf.getTime());
  // Shown newest first: never the key's order.
  const shown = [...chronological].reverse();
  return {
    id: "ordering",
    title: "Order the events (ordering)",
    type: "ORDERING",
    stem: "Put these in order, earliest first, by when the sources date them.",
    options: { choices: shown.map((f) => ({ id: ids.get(f.id)!, text: clip(f.statement) })) },
    key: { order: chronological.map((f) => ids.get(f.id)!) },
    explanation: explain("In order, earliest first:", chronological.map((f) => f.cite)),
    citations: chronological.map((f) => f.cite.id),
  };
}

/** Which source says what: the fact's evidence from different sources, matched to the source. */
function whichSourceProposal(fact: GeneratorFact): Proposal | null {
  const bySource = new Map<string, GeneratorEvidence>();
  for (const e of fact.evidence) if (!bySource.has(e.sourceId)) bySource.set(e.sourceId, e);
  const picked = [...bySource.values()].slice(0, 5);
  const titles = new Set(picked.map((e) => e.sourceTitle.trim().toLowerCase()));
  if (picked.length < 2 || titles.size !== picked.length) return null;
  const prompts = picked.map((e, i) => ({ id: `q${i + 1}`, text: `“${clip(e.quote)}”` }));
  const answers = picked.map((e, i) => ({ id: `s${i + 1}`, text: e.sourceTitle })).reverse();
  return {
    id: "which-source",
    title: "Which source says what (matching)",
    type: "MATCHING",
    stem: `Which source says what? Match each passage about “${clip(fact.statement, 120)}” with its source.`,
    options: { prompts, answers },
    key: { pairs: Object.fromEntries(picked.map((_, i) => [`q${i + 1}`, `s${i + 1}`])) },
    explanation: explain("Each passage with its source:", picked),
    citations: picked.map((e) => e.id),
  };
}

/**
 * Draft questions for `fact`. `others` are the other facts of the sources the fact's evidence
 * comes from (for who-said-it and ordering). Only proposals valid for their type are returned.
 */
export function proposeQuestions(fact: GeneratorFact, others: GeneratorFact[]): Proposal[] {
  const rest = others.filter((o) => o.id !== fact.id);
  const all = [
    ...(fact.kind === "FIGURE" || findFigure(fact.statement) ? figureProposals(fact) : []),
    whoSaidItProposal(fact, rest),
    orderingProposal(fact, rest),
    whichSourceProposal(fact),
  ];
  return all.filter((p): p is Proposal => p !== null).map(valid).filter((p): p is Proposal => p !== null);
}
