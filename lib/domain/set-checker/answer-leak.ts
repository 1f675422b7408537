// answer-leak: a question's answer can be read in another question, or in the set's title or
// description. One finding per pair of questions (the first phrase found), the leaking question first.
import type { CheckedQuestion, CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { answerPhrases, phraseAppears, prepareText, shownTexts, type AnswerPhrase, type PreparedText } from "./answers";
import { questionLabel } from "./text";

type Place = { where: string; text: PreparedText };

function firstAppearing(phrases: AnswerPhrase[], texts: Place[]): { phrase: AnswerPhrase; where: string } | null {
  for (const phrase of phrases) for (const { where, text } of texts) if (phraseAppears(phrase, text)) return { phrase, where };
  return null;
}

function isChoiceType(question: CheckedQuestion): boolean {
  return question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_SELECT";
}

export function answerLeaks(set: CheckedSet): Finding[] {
  const findings: Finding[] = [];
  // Each question's shown text, folded once.
  const prepare = (texts: { where: string; text: string }[]): Place[] => texts.map(({ where, text }) => ({ where, text: prepareText(text) }));
  const shownOf = new Map(
    set.questions.map((question) => {
      const shown = shownTexts(question);
      return [question.questionId, { stem: prepare([shown.stem]), statements: prepare(shown.statements), alternatives: prepare(shown.alternatives) }];
    }),
  );
  const setTexts = { title: prepare([{ where: "title", text: set.title }]), description: prepare([{ where: "description", text: set.description }]) };
  for (const answered of set.questions) {
    const phrases = answerPhrases(answered);
    if (phrases.length === 0) continue;
    const label = questionLabel(answered);
    for (const where of ["title", "description"] as const) {
      const hit = firstAppearing(phrases, setTexts[where]);
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
      const shown = shownOf.get(other.questionId)!;
      const searched = [...shown.stem, ...shown.statements, ...(isChoiceType(answered) ? [] : shown.alternatives)];
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
