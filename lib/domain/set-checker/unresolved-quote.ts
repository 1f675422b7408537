// unresolved-quote (blocking): every question must cite, and every quote it cites must still be
// found in its source; a question that cites nothing, or cites words the source does not have,
// cannot be published in a set.
import type { CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { questionLabel } from "./text";

export function unresolvedQuotes(set: CheckedSet): Finding[] {
  const findings: Finding[] = [];
  for (const question of set.questions) {
    if (question.citations.length === 0) {
      findings.push({
        rule: "unresolved-quote",
        severity: "blocking",
        message: `${questionLabel(question)} cites no evidence: every question needs at least one citation whose quote resolves.`,
        questionIds: [question.questionId],
      });
      continue;
    }
    for (const citation of question.citations) {
      if (citation.resolves) continue;
      findings.push({
        rule: "unresolved-quote",
        severity: "blocking",
        message: `${questionLabel(question)} cites “${citation.quote}”, which is no longer found in its source.`,
        questionIds: [question.questionId],
        factId: citation.factId,
      });
    }
  }
  return findings;
}
