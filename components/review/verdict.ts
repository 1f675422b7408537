import { isAnswered } from "@/lib/domain/answers";
import type { ReviewItem } from "@/lib/data/review";

/** Correct, partly correct, wrong or not answered, with its colours. */
export function verdictOf(item: ReviewItem) {
  if (item.heldBack) return { text: "Held back", look: "border-line text-muted" };
  if (item.correct) return { text: "Correct", look: "border-green-700 text-green-800 dark:border-green-500 dark:text-green-300" };
  if (item.score > 0) return { text: "Partly correct", look: "border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300" };
  if (!isAnswered(item.type, item.answer)) return { text: "Not answered", look: "border-line text-muted" };
  return { text: "Wrong", look: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300" };
}
