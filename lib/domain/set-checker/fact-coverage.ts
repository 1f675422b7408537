// Coverage of the facts: two questions of one type citing the same evidence test the same thing
// the same way; a fact recorded from a cited source that no question cites is untested.
import type { CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { questionLabel } from "./text";

export function sameFactSameWay(set: CheckedSet): Finding[] {
  const findings: Finding[] = [];
  const ordered = [...set.questions].sort((a, b) => a.questionId.localeCompare(b.questionId));
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [first, second] = [ordered[i], ordered[j]];
      if (first.type !== second.type) continue;
      const shared = first.citations.find((c) => second.citations.some((d) => d.evidenceId === c.evidenceId));
      if (!shared) continue;
      const [a, b] = [first, second].sort((x, y) => questionLabel(x).localeCompare(questionLabel(y)));
      findings.push({
        rule: "same-fact-same-way",
        severity: "warning",
        message: `${questionLabel(a)} and ${questionLabel(b)} are both ${first.type.toLowerCase().replace("_", " ")} questions citing the same evidence (“${shared.quote}”): test the fact another way, or keep one.`,
        questionIds: [a.questionId, b.questionId],
        factId: shared.factId,
      });
    }
  }
  return findings;
}

export function untestedFacts(set: CheckedSet): Finding[] {
  const cited = new Set(set.questions.flatMap((q) => q.citations.map((c) => c.factId)));
  return set.sourceFacts
    .filter((fact) => !cited.has(fact.factId))
    .map((fact) => ({
      rule: "untested-fact" as const,
      severity: "warning" as const,
      message: `No question in the set tests ${fact.code ? `${fact.code}: ` : ""}“${fact.statement}”.`,
      questionIds: [],
      factId: fact.factId,
    }));
}
