// Patterns in the keys a student can learn instead of the content: correct choices bunched on
// one position when options are not shuffled, and true/false keys that all go one way.
import type { CheckedSet, Finding } from "@/lib/domain/set-check-types";
import { questionLabel } from "./text";

/** The rule needs this many single-choice questions before a position can be said to cluster. */
export const CLUSTER_MIN_QUESTIONS = 4;
/** More than this share of keys on one position is a cluster. */
export const CLUSTER_SHARE = 0.5;
/** This many true/false questions with one-way keys is a pattern. */
export const ONE_WAY_MIN_QUESTIONS = 3;

const letters = "abcdefghijklmnopqrstuvwxyz";

function sortedLabels(questions: { code: string | null; stem: string; questionId: string }[]): { ids: string[]; labels: string } {
  const sorted = [...questions].sort((a, b) => questionLabel(a).localeCompare(questionLabel(b)) || a.questionId.localeCompare(b.questionId));
  return { ids: sorted.map((q) => q.questionId), labels: sorted.map(questionLabel).join(", ") };
}

/** Single-choice keys: with options shown in authored order, > 50 % of ≥ 4 keys on one position. */
export function keyPositionCluster(set: CheckedSet): Finding[] {
  if (set.shuffleOptions) return [];
  const byPosition = new Map<number, CheckedSet["questions"]>();
  let counted = 0;
  for (const question of set.questions) {
    if (question.type !== "SINGLE_CHOICE") continue;
    const options = question.options as { choices?: { id?: unknown }[] } | null;
    const key = question.key as { correct?: unknown } | null;
    const position = options?.choices?.findIndex((c) => c?.id === key?.correct) ?? -1;
    if (position < 0) continue;
    counted++;
    byPosition.set(position, [...(byPosition.get(position) ?? []), question]);
  }
  if (counted < CLUSTER_MIN_QUESTIONS) return [];
  const findings: Finding[] = [];
  for (const [position, questions] of byPosition) {
    if (questions.length / counted <= CLUSTER_SHARE) continue;
    const { ids, labels } = sortedLabels(questions);
    findings.push({
      rule: "key-position-cluster",
      severity: "warning",
      message: `${questions.length} of the ${counted} single-choice keys are option ${letters[position] ?? position + 1} and options are not shuffled: ${labels}. Move some keys, or shuffle the options.`,
      questionIds: ids,
    });
  }
  return findings;
}

/** Three or more true/false questions whose keys are all true, or all false. */
export function trueFalseOneWay(set: CheckedSet): Finding[] {
  const trueFalse = set.questions.filter((q) => q.type === "TRUE_FALSE");
  if (trueFalse.length < ONE_WAY_MIN_QUESTIONS) return [];
  const keys = trueFalse.map((q) => (q.key as { correct?: unknown } | null)?.correct);
  if (!keys.every((k) => k === keys[0]) || typeof keys[0] !== "boolean") return [];
  const { ids, labels } = sortedLabels(trueFalse);
  return [
    {
      rule: "true-false-one-way",
      severity: "warning",
      message: `All ${trueFalse.length} true/false questions are ${keys[0] ? "true" : "false"} (${labels}): a student who notices scores without reading.`,
      questionIds: ids,
    },
  ];
}
