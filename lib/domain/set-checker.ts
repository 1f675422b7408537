// The set checker: the rules a quiz set is checked against on save and before publishing
// (issue 10, item 5). Pure: it reads a CheckedSet (lib/data/set-check.ts loads one) and returns
// findings; warnings inform, a blocking finding (an unresolved or missing citation) stops publishing.
// Findings come in a fixed order (by rule, then message) and never depend on the order of the
// questions, so a re-check after reordering shows the same list.
import type { CheckedSet, Finding, FindingRule } from "@/lib/domain/set-check-types";
import { answerLeaks } from "./set-checker/answer-leak";
import { sameFactSameWay, untestedFacts } from "./set-checker/fact-coverage";
import { keyPositionCluster, trueFalseOneWay } from "./set-checker/key-patterns";
import { uncitedClaims } from "./set-checker/uncited-claim";
import { unresolvedQuotes } from "./set-checker/unresolved-quote";

export const ruleOrder: FindingRule[] = [
  "unresolved-quote",
  "answer-leak",
  "key-position-cluster",
  "true-false-one-way",
  "same-fact-same-way",
  "untested-fact",
  "uncited-claim",
];

export const ruleTitles: Record<FindingRule, string> = {
  "unresolved-quote": "Citations that do not resolve",
  "answer-leak": "Answers given away",
  "key-position-cluster": "Keys clustered on one position",
  "true-false-one-way": "True/false keys all one way",
  "same-fact-same-way": "The same fact tested the same way",
  "untested-fact": "Facts no question tests",
  "uncited-claim": "Claims that cite nothing",
};

export function checkSet(set: CheckedSet): Finding[] {
  const findings = [
    ...unresolvedQuotes(set),
    ...answerLeaks(set),
    ...keyPositionCluster(set),
    ...trueFalseOneWay(set),
    ...sameFactSameWay(set),
    ...untestedFacts(set),
    ...uncitedClaims(set),
  ];
  return findings.sort((a, b) => ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) || a.message.localeCompare(b.message) || a.questionIds.join().localeCompare(b.questionIds.join()));
}

export function hasBlockingFindings(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === "blocking");
}
