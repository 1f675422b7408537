// answer-leak: a question's answer can be read in another question, or in the set's title or
// description. One finding per pair of questions (the first phrase found), the leaking question first.
import type { CheckedQuestion, CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { answerPhrases, phraseAppears, shownTexts, type AnswerPhrase } from "./answers";
import { questionLabel } from "./text";

function firstAppearing(phrases: AnswerPhrase[], texts: { where: string; text: string }[]): { phrase: AnswerPhrase; where: string } | null {
  for (const phrase of phrases) for (const { where, text } of texts) if (phraseAppears(phrase, text)) return { phrase, where };
  return null;
}

function isChoiceType(question: CheckedQuestion): boolean {
  return question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_SELECT";
}

export function answerLeaks(set: CheckedSet): Finding[] {
  const findings: Finding[] = [];
  for (const answered of set.questions) {
    const phrases = answerPhrases(answered);
    if (phrases.length === 0) continue;
    const label = questionLabel(answered);
    for (const [where, text] of [["title", set.title], ["description", set.description]] as const) {
      const hit = firstAppearing(phrases, [{ where, text }]);
      if (hit) {
        findings.push({
          rule: "answer-leak",
          severity: "warning",
          message: hit.phrase.evidence
            ? `${label}'s answer can be read in the set's ${where}, which repeats the evidence it rests on (“${hit.phrase.shown}”).`
            : `${label}'s answer “${hit.phrase.shown}” appears in the set's ${where}.`,
          questionIds: [answered.questionId],
        });
      }
    }
    for (const other of set.questions) {
      if (other.questionId === answered.questionId) continue;
      const shown = shownTexts(other);
      const searched = [shown.stem, ...shown.statements, ...(isChoiceType(answered) ? [] : shown.alternatives)];
      const hit = firstAppearing(phrases, searched);
      if (hit) {
        findings.push({
          rule: "answer-leak",
          severity: "warning",
          message: hit.phrase.evidence
            ? `${label}'s answer can be read in the ${hit.where} of ${questionLabel(other)}, which repeats the evidence it rests on (“${hit.phrase.shown}”).`
            : `${label}'s answer “${hit.phrase.shown}” appears in the ${hit.where} of ${questionLabel(other)}.`,
          questionIds: [other.questionId, answered.questionId],
        });
      }
    }
  }
  return findings;
}
