import { QuestionMap, type QuestionMapProps } from "./question-map";

/**
 * On a phone the map of every question is folded into one line under the question, so the
 * question comes first; a <details>, so it opens without JavaScript. Wider screens show the
 * map open above the question instead (the page renders one or the other by width).
 */
export function FoldedQuestionMap(props: QuestionMapProps) {
  return (
    <details className="group rounded-lg border border-line bg-card shadow-sm sm:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-4 py-2 font-medium [&::-webkit-details-marker]:hidden">
        All questions
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180 motion-reduce:transition-none">
          ▾
        </span>
      </summary>
      <div className="border-t border-line px-4 py-3">
        <QuestionMap {...props} />
      </div>
    </details>
  );
}
