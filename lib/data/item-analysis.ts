import "server-only";
// Item analysis of an assignment, or of a quiz set over the assignments of it that the caller
// teaches: per question (facility, discrimination, point-biserial, flags, how often each option
// was chosen) and per fact (how well it was learnt, and the source sentence to reteach it from).
// The figures come from SQL (./item-figures.ts); this file finds what the caller may see (the
// teaching where-clauses) and the questions' text, keys and sources.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { hasRole, type Viewer } from "@/lib/identity/viewer";
import { flagsFor, hasPopularWrongOption, type Flag } from "@/lib/domain/item-analysis";
import type { ItemAnalysisSummary } from "@/lib/domain/question-types/item-summary";
import type { QuestionType } from "@/lib/domain/question-types";
import { analyseAnswers, parseStoredQuestion, questionText } from "@/lib/domain/questions";
import { sentenceAt } from "@/lib/domain/sentences";
import { isId } from "@/lib/validation/ids";
import { answerCountsSql, factMasterySql, itemStatisticsSql } from "./item-figures";
import { assignmentWhereTaughtBy, teachingViewer } from "./teaching-access";
import { citationLabel, type CitationLabel, type DatedClaim, type FactLabelParts } from "@/lib/domain/evidence-label";

/** A quote with its own label (whose figure, as of when: lib/domain/evidence-label.ts) and source. */
export type EvidenceLink = { quote: string; label: CitationLabel; sourceTitle: string; readerHref: string | null };

export type AnalysedQuestion = {
  /** Anchor on the page: q<number>, or q<number>-v<version> when a quiz set has two versions. */
  anchor: string;
  number: number;
  version: number;
  questionVersionId: string;
  type: QuestionType;
  stem: string;
  points: number;
  /** Options and key as text, one line each ("*" marks what is keyed). */
  keyLines: string[];
  n: number;
  facility: number | null;
  discrimination: number | null;
  pointBiserial: number | null;
  flags: Flag[];
  summary: ItemAnalysisSummary;
  sources: EvidenceLink[];
};

export type AnalysedFact = {
  factId: string;
  statement: string;
  n: number;
  mastery: number;
  questions: { anchor: string; number: number }[];
  evidence: EvidenceLink[];
};

export type ItemAnalysis = {
  title: string;
  assignments: { id: string; title: string; className: string }[];
  attempts: number;
  questions: AnalysedQuestion[];
  facts: AnalysedFact[];
};

type Item = { position: number; questionVersionId: string };

/** One assignment's analysis; 404 unless the caller teaches its class (admins: any). */
export async function getAssignmentAnalysis(actor: Viewer | null, assignmentId: string): Promise<ItemAnalysis> {
  const where = assignmentWhereTaughtBy(actor);
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const assignment = await db().assignment.findFirst({ where: { id: assignmentId, ...where }, select: assignmentSelect });
  if (!assignment) throw new NotFoundError("That assignment");
  return analyse(assignment.title, [assignment]);
}

/**
 * A quiz set's analysis over its assignments in the classes the caller teaches (admins: all).
 * 404 unless the caller has such an assignment or owns the set (admins: any set).
 */
export async function getQuizSetAnalysis(actor: Viewer | null, quizSetId: string): Promise<ItemAnalysis> {
  const viewer = teachingViewer(actor);
  const where = assignmentWhereTaughtBy(viewer);
  if (!isId(quizSetId)) throw new NotFoundError("That quiz set");
  const visible = hasRole(viewer, "ADMIN") ? {} : { OR: [{ ownerId: viewer.id }, { assignments: { some: where } }] };
  const quizSet = await db().quizSet.findFirst({
    where: { id: quizSetId, ...visible },
    select: { title: true, assignments: { where, orderBy: { createdAt: "asc" }, select: assignmentSelect } },
  });
  if (!quizSet) throw new NotFoundError("That quiz set");
  return analyse(quizSet.title, quizSet.assignments);
}

const assignmentSelect = {
  id: true,
  title: true,
  class: { select: { name: true } },
  items: { orderBy: { position: "asc" }, select: { position: true, questionVersionId: true } },
} as const;

async function analyse(title: string, assignments: { id: string; title: string; class: { name: string }; items: Item[] }[]): Promise<ItemAnalysis> {
  const assignmentIds = assignments.map((a) => a.id);
  // Each version once, at its first position (a set's assignments may freeze different versions).
  const positions = new Map<string, number>();
  for (const item of assignments.flatMap((a) => a.items)) {
    positions.set(item.questionVersionId, Math.min(positions.get(item.questionVersionId) ?? Infinity, item.position));
  }
  const versionIds = [...positions.keys()];
  const [figures, counts, mastery, versions] = await Promise.all([
    itemStatisticsSql(assignmentIds),
    answerCountsSql(assignmentIds),
    factMasterySql(assignmentIds),
    db().questionVersion.findMany({
      where: { id: { in: versionIds } },
      select: {
        id: true,
        version: true,
        type: true,
        stem: true,
        options: true,
        key: true,
        feedback: true,
        points: true,
        citations: { orderBy: { position: "asc" }, select: { evidence: { select: evidenceSelect } } },
      },
    }),
  ]);
  const sentences = await sentencesOf(versions.flatMap((v) => v.citations.map((c) => c.evidence)));
  const link = (e: EvidenceRow): EvidenceLink => {
    const sentence = e.start === null ? undefined : sentenceAt(sentences.get(e.source.id) ?? [], e.start);
    return { quote: e.quote, label: citationLabel(e.fact, e, e.source.publisher), sourceTitle: e.source.title, readerHref: sentence ? `/sources/${e.source.slug}#s-${sentence.index}` : null };
  };

  versions.sort((a, b) => positions.get(a.id)! - positions.get(b.id)! || a.version - b.version);
  const twice = new Set(versions.filter((v, i) => versions.findIndex((w) => positions.get(w.id) === positions.get(v.id)) !== i).map((v) => positions.get(v.id)));
  const questions: AnalysedQuestion[] = versions.map((v) => {
    const content = parseStoredQuestion(v);
    const number = positions.get(v.id)! + 1;
    const stats = figures.items.find((f) => f.questionVersionId === v.id) ?? { n: 0, facility: null, discrimination: null, pointBiserial: null };
    const summary = analyseAnswers(content, counts.filter((c) => c.questionVersionId === v.id));
    return {
      anchor: twice.has(positions.get(v.id)) ? `q${number}-v${v.version}` : `q${number}`,
      number,
      version: v.version,
      questionVersionId: v.id,
      type: content.type,
      stem: v.stem,
      points: v.points,
      keyLines: questionText(v.stem, content).split("\n").slice(1).map((line) => line.trim()),
      n: stats.n,
      facility: stats.facility,
      discrimination: stats.discrimination,
      pointBiserial: stats.pointBiserial,
      flags: flagsFor(stats, hasPopularWrongOption(summary, stats.n)),
      summary,
      sources: v.citations.map((c) => link(c.evidence)),
    };
  });

  const evidence = versions.flatMap((v) => v.citations.map((c) => ({ versionId: v.id, row: c.evidence })));
  const facts: AnalysedFact[] = mastery.map((m) => {
    const onFact = evidence.filter((e) => e.row.factId === m.factId);
    const quotes = new Map(onFact.map((e) => [e.row.id, e.row]));
    const asked = new Set(onFact.map((e) => e.versionId));
    return {
      factId: m.factId,
      statement: onFact[0]?.row.fact.statement ?? "",
      n: m.n,
      mastery: m.mastery,
      questions: questions.filter((q) => asked.has(q.questionVersionId)).map((q) => ({ anchor: q.anchor, number: q.number })),
      evidence: [...quotes.values()].map(link),
    };
  });

  return {
    title,
    assignments: assignments.map((a) => ({ id: a.id, title: a.title, className: a.class.name })),
    attempts: figures.attempts,
    questions,
    facts,
  };
}

const evidenceSelect = {
  id: true,
  quote: true,
  start: true,
  claimant: true,
  asOf: true,
  asOfPrecision: true,
  factId: true,
  fact: { select: { statement: true, kind: true, attributedTo: true, asOf: true, asOfPrecision: true } },
  source: { select: { id: true, slug: true, title: true, publisher: true } },
} as const;

type EvidenceRow = DatedClaim & {
  id: string;
  quote: string;
  start: number | null;
  factId: string;
  fact: FactLabelParts & { statement: string };
  source: { id: string; slug: string; title: string; publisher: string | null };
};

/** The sentences of the sources the evidence quotes, by source: for the reader's #s-<index> links. */
async function sentencesOf(rows: EvidenceRow[]) {
  const sourceIds = [...new Set(rows.filter((r) => r.start !== null).map((r) => r.source.id))];
  const list = sourceIds.length
    ? await db().sentence.findMany({ where: { sourceId: { in: sourceIds } }, orderBy: { index: "asc" }, select: { sourceId: true, index: true, start: true, end: true } })
    : [];
  const bySource = new Map<string, typeof list>();
  for (const s of list) {
    if (!bySource.has(s.sourceId)) bySource.set(s.sourceId, []);
    bySource.get(s.sourceId)!.push(s);
  }
  return bySource;
}
