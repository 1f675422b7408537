import Link from "next/link";
import { DateTime } from "@/components/quiz/date-time";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type AttemptsTableProps = {
  attempts: { id: string; title: string; submittedAt: Date; score: number; maxScore: number }[];
  caption: string;
};

const round = (n: number) => Math.round(n * 100) / 100;

/** Submitted attempts, newest first: what and when, the score, and a link to the review. */
export function AttemptsTable({ attempts, caption }: AttemptsTableProps) {
  const newestFirst = [...attempts].reverse();
  return (
    <ScrollRegion label={caption} className="rounded-lg border border-line bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Quiz
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Score
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((a) => (
            <tr key={a.id} className="border-b border-line align-top last:border-0">
              <th scope="row" className="px-4 py-2 font-normal">
                <span className="block">{a.title}</span>
                <span className="block text-muted">
                  <DateTime date={a.submittedAt} withTime />
                </span>
              </th>
              <td className="px-4 py-2 whitespace-nowrap">
                <span className="block font-semibold">{a.maxScore ? Math.round((a.score / a.maxScore) * 100) : 0}%</span>
                <span className="block text-muted">
                  {round(a.score)} of {round(a.maxScore)}
                </span>
              </td>
              <td className="px-4 py-2">
                <Link href={`/attempts/${a.id}/review`} className="text-accent underline">
                  Review<span className="sr-only"> {a.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
