import type { AnalysedQuestion } from "@/lib/data/item-analysis";
import { FlagBadges } from "./flag-badges";
import { percent, signed } from "./format";

export type QuestionTableProps = { questions: AnalysedQuestion[] };

const cell = "border-b border-line px-3 py-2 text-left align-top";

/** One row per question: its figures and flags, linking to the question below. */
export function QuestionTable({ questions }: QuestionTableProps) {
  return (
    // Focusable so that keyboard users can scroll it on a narrow screen.
    <div className="relative overflow-x-auto rounded-lg border border-line bg-card" tabIndex={0} role="region" aria-label="Figures by question">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Question
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Attempts
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Facility
            </th>
            <th scope="col" className={`${cell} text-right`}>
              <abbr title="Discrimination index">D</abbr>
            </th>
            <th scope="col" className={`${cell} text-right`}>
              <abbr title="Point-biserial correlation with the rest of the quiz">r</abbr>
            </th>
            <th scope="col" className={cell}>
              Flags
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.questionVersionId}>
              <th scope="row" className={`${cell} font-normal`}>
                <a href={`#${q.anchor}`} className="font-medium text-accent underline">
                  {q.number}
                  {q.anchor.includes("-v") ? ` (version ${q.version})` : ""}
                </a>{" "}
                <span className="line-clamp-2 text-muted">{q.stem}</span>
              </th>
              <td className={`${cell} text-right tabular-nums`}>{q.n}</td>
              <td className={`${cell} text-right tabular-nums`}>{percent(q.facility)}</td>
              <td className={`${cell} text-right tabular-nums`}>{signed(q.discrimination)}</td>
              <td className={`${cell} text-right tabular-nums`}>{signed(q.pointBiserial)}</td>
              <td className={cell}>
                <FlagBadges flags={q.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
