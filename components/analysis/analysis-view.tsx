import type { ItemAnalysis } from "@/lib/data/item-analysis";
import { FactList } from "./fact-list";
import { FiguresHelp } from "./figures-help";
import { plural } from "./format";
import { QuestionCard } from "./question-card";
import { QuestionTable } from "./question-table";

export type AnalysisViewProps = { analysis: ItemAnalysis };

/** Item analysis: by question, then by fact. */
export function AnalysisView({ analysis }: AnalysisViewProps) {
  return (
    <div className="flex flex-col gap-8">
      <p className="max-w-prose">
        {analysis.attempts === 0
          ? "No student has submitted an attempt yet. The figures appear here once they do."
          : `Based on ${plural(analysis.attempts, "attempt")}: each student’s first submitted attempt, so retakes after seeing the answers do not flatter the questions.`}
      </p>
      <FiguresHelp />
      <section aria-labelledby="by-question" className="flex flex-col gap-4">
        <h2 id="by-question" className="text-2xl font-semibold">
          By question
        </h2>
        {analysis.attempts > 0 ? <QuestionTable questions={analysis.questions} /> : null}
        <ol className="flex flex-col gap-4">
          {analysis.questions.map((q) => (
            <QuestionCard key={q.questionVersionId} question={q} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="by-fact" className="flex flex-col gap-4">
        <h2 id="by-fact" className="text-2xl font-semibold">
          By fact
        </h2>
        {analysis.facts.length === 0 ? <p className="text-muted">Nothing to show until students have submitted attempts.</p> : <FactList facts={analysis.facts} />}
      </section>
    </div>
  );
}
