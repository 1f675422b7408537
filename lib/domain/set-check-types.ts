// What the set checker (lib/domain/set-checker.ts) reads and reports. Shared by the checker's rules,
// its loader (lib/data/set-check.ts) and the quiz set pages that show its findings.
import type { QuestionType } from "@/lib/domain/question-types";

export type CheckedCitation = {
  evidenceId: string;
  factId: string;
  sourceId: string;
  quote: string;
  /** Whether the quote still resolves to one citable span of its source's text (link-only: true). */
  resolves: boolean;
  /**
   * The dates the citation carries, ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD": the evidence's and its
   * fact's as-of dates and the source's publication date. A question may state them without
   * quoting them ("The Independent (16 Aug 2025)"). Optional: none when not loaded.
   */
  dates?: string[];
};

export type CheckedQuestion = {
  questionId: string;
  /** A human handle such as "Q27", when the question has one. */
  code: string | null;
  /** 0-based place in the set. */
  position: number;
  type: QuestionType;
  stem: string;
  options: unknown;
  key: unknown;
  explanation: string;
  citations: CheckedCitation[];
};

export type CheckedSet = {
  id: string;
  title: string;
  description: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  questions: CheckedQuestion[];
  /** The facts recorded from the sources the set's questions cite (for "facts no question tests"). */
  sourceFacts: { factId: string; code: string | null; statement: string }[];
};

export type FindingRule =
  | "answer-leak" // a question's answer appears in another question's stem/options, or the set's title/description
  | "key-position-cluster" // keys clustered by position when options are not shuffled
  | "true-false-one-way" // all true/false keys the same
  | "same-fact-same-way" // two questions test the same fact the same way
  | "untested-fact" // a fact of the source that no question tests
  | "uncited-claim" // a claim in a stem, key or explanation that cites nothing
  | "unresolved-quote"; // a citation whose quote does not resolve: blocks publishing

export type Finding = {
  rule: FindingRule;
  /** Warnings never block publishing; a blocking finding does. */
  severity: "warning" | "blocking";
  message: string;
  /** The questions concerned (the first is the one to fix), for links to their editor. */
  questionIds: string[];
  factId?: string;
};
