// How an ordering answer earned its partial credit, in words a student understands. Read from
// the same pair count the score is (orderedPairs in ordering.ts), so the two cannot disagree:
// a student shown "2 of 5 places right" and 1.8 points sees that credit goes by pairs.
import { round2 } from "../scoring";
import { orderedPairs } from "./ordering";

export type OrderingCredit = {
  /** Pairs of items the answer keeps in the key's order, out of all the key's pairs. */
  pairsKept: number;
  pairsTotal: number;
  /** The places (1 = first) where the answer has exactly the key's item. */
  placesRight: number[];
  places: number;
  /** The points this earns, as scoring rounds them. */
  earned: number;
  points: number;
};

export function orderingCredit(key: { order: string[] }, answer: { order: string[] }, points: number): OrderingCredit {
  const { kept, total } = orderedPairs(key, answer);
  const placesRight = key.order.flatMap((choiceId, i) => (answer.order[i] === choiceId ? [i + 1] : []));
  const earned = total === 0 ? 0 : round2((kept / total) * points);
  return { pairsKept: kept, pairsTotal: total, placesRight, places: key.order.length, earned, points };
}

const amount = (n: number) => `${n}`;
const pointsWord = (n: number) => (n === 1 ? "point" : "points");

function list(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/** "2 of 5 places exactly right (places 1 and 4)." */
export function placesSentence({ placesRight, places }: OrderingCredit): string {
  if (placesRight.length === places) return `All ${places} places are right.`;
  if (placesRight.length === 0) return `None of the ${places} places is exactly right.`;
  const which = placesRight.length === 1 ? `place ${placesRight[0]}` : `places ${list(placesRight)}`;
  return `${placesRight.length} of ${places} places exactly right (${which}).`;
}

/** "7 of 10 pairs in the right order → 1.4 of 2 points." */
export function pairsSentence({ pairsKept, pairsTotal, earned, points }: OrderingCredit): string {
  return `${pairsKept} of ${pairsTotal} pairs in the right order → ${amount(earned)} of ${amount(round2(points))} ${pointsWord(points)}.`;
}
