import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import type { MissedPractice } from "@/lib/data/progress";

export type MissedPracticePreviewProps = { practice: MissedPractice };

/**
 * What "Practise what I missed" will ask, in the order it asks it: the questions answered wrong
 * or left blank (most recent first), then, labelled apart, other questions on the same facts.
 */
export function MissedPracticePreview({ practice }: MissedPracticePreviewProps) {
  const { missed, onSameFacts } = practice;
  return (
    <section aria-labelledby="missed-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="missed-heading" className="text-xl font-semibold">
            Practise what I missed
          </h2>
          <p className="text-sm text-muted">A practice quiz of these questions, in this order. It counts towards your progress only.</p>
        </div>
        <StartAttemptButton fields={{ missed: "1" }} label="Practise what I missed" />
      </div>
      {missed.length === 0 && onSameFacts.length === 0 ? <p className="text-muted">Nothing missed yet: every question you answered was right.</p> : null}
      {missed.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 id="missed-questions" className="font-semibold">
            Answered wrong or left blank, most recent first
          </h3>
          <ol aria-labelledby="missed-questions" className="list-decimal pl-8 [overflow-wrap:anywhere]">
            {missed.map((q) => (
              <li key={q.questionId}>{q.stem}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {onSameFacts.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 id="same-facts-questions" className="font-semibold">
            Other questions on the same facts
          </h3>
          <p className="text-sm text-muted">Not ones you missed: new to you, or answered right last time.</p>
          <ol aria-labelledby="same-facts-questions" start={missed.length + 1} className="list-decimal pl-8 [overflow-wrap:anywhere]">
            {onSameFacts.map((q) => (
              <li key={q.questionId}>{q.stem}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
