import Link from "next/link";
import { DateTime } from "@/components/quiz/date-time";
import type { Gradebook, GradebookColumn } from "@/lib/data/gradebook";
import { scorePolicyLabels } from "@/lib/domain/score-policy";
import { cellStateLabels } from "./cell-state";
import { DistributionChart } from "./distribution-chart";
import { gradebookHref, percent } from "./gradebook-href";

export type GradebookTableProps = { book: Gradebook };

const stateLook: Record<string, string> = {
  overdue: "text-red-800 dark:text-red-300 font-medium",
  "in-progress": "text-amber-800 dark:text-amber-300 font-normal",
  "not-started": "text-muted font-normal",
  submitted: "font-normal",
};

/**
 * Students × assignments. The table scrolls sideways inside its own box (the page never does, even
 * at 360 px) with the students' names kept in view; each header sorts, each cell opens the
 * student's attempts.
 */
export function GradebookTable({ book }: GradebookTableProps) {
  const { query } = book;
  const classId = book.class.id;
  const sortedBy = (key: string) => query.sort === key;
  const ariaSort = (key: string) => (sortedBy(key) ? (query.dir === "asc" ? "ascending" : "descending") : undefined);
  // Names sort A→Z first, scores best first; a second click turns the order round.
  const sortHref = (key: string) => {
    const first = key === "name" ? "asc" : "desc";
    const dir = sortedBy(key) ? (query.dir === "asc" ? "desc" : "asc") : first;
    return gradebookHref(classId, query, { sort: key, dir, page: 1 });
  };
  const arrow = (key: string) => (sortedBy(key) ? (query.dir === "asc" ? " ↑" : " ↓") : "");
  const sticky = "sticky left-0 z-10 bg-card";

  const header = (column: GradebookColumn) => (
    <th key={column.id} scope="col" aria-sort={ariaSort(column.id)} className="min-w-32 px-3 py-2 align-bottom font-medium">
      <Link href={sortHref(column.id)} className="text-accent underline">
        {column.title}
        <span className="sr-only">, sort by this score</span>
        <span aria-hidden="true">{arrow(column.id)}</span>
      </Link>
      <span className="block text-xs font-normal text-muted">
        Due <DateTime date={column.dueAt} />
      </span>
      <span className="block text-xs font-normal text-muted">
        {scorePolicyLabels[column.scorePolicy]}
        {column.archived ? " · archived" : ""}
      </span>
    </th>
  );

  return (
    <div role="region" aria-labelledby="gradebook-caption" tabIndex={0} className="relative max-w-full overflow-x-auto rounded-lg border border-line bg-card">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="gradebook-caption" className="px-3 py-2 text-left text-sm text-muted">
          {book.class.name}: {book.total} {book.total === 1 ? "student" : "students"}
          {book.total !== book.students ? ` of ${book.students} match` : ""}, page {book.page} of {book.pageCount}. Scores are the counted
          share of the points.
        </caption>
        <thead className="border-b border-line">
          <tr>
            <th scope="col" aria-sort={ariaSort("name")} className={`${sticky} min-w-40 px-3 py-2 align-bottom font-medium`}>
              <Link href={sortHref("name")} className="text-accent underline">
                Student<span className="sr-only">, sort by name</span>
                <span aria-hidden="true">{arrow("name")}</span>
              </Link>
            </th>
            <th scope="col" aria-sort={ariaSort("average")} className="px-3 py-2 align-bottom font-medium">
              <Link href={sortHref("average")} className="text-accent underline">
                Average<span className="sr-only">, sort by average</span>
                <span aria-hidden="true">{arrow("average")}</span>
              </Link>
            </th>
            {book.columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {book.rows.map((row) => {
            const drill = `/teach/classes/${classId}/students/${row.id}`;
            return (
              // Cell padding set once on the row: 2,000 cells a page each without a class list.
              <tr
                key={row.id}
                className="border-b border-line last:border-0 [&>td]:px-3 [&>td]:py-2 [&>td]:align-top [&>td>a]:font-semibold [&>td>a]:underline [&>td>a]:decoration-line [&>td>a:hover]:decoration-accent"
              >
                <th scope="row" className={`${sticky} max-w-48 px-3 py-2 align-top font-normal`}>
                  <a href={drill} className="block font-medium break-words text-accent underline">
                    {row.name}
                  </a>
                  <span className="block text-xs break-all text-muted">{row.email}</span>
                </th>
                <td className="px-3 py-2 align-top font-semibold">{percent(row.average) ?? <span className="text-muted">–</span>}</td>
                {row.cells.map((cell, i) => {
                  const column = book.columns[i];
                  const score = percent(cell.fraction);
                  const showState = cell.state !== "submitted" || score === null;
                  return (
                    // The columns are fixed for one render: the index is a stable key, and shorter
                    // than an id in the page's payload 2,000 times over.
                    <td key={i}>
                      {/* A plain link: Next's <Link> would add a client component per cell (2,000 on a
                          page) and prefetch each. Its purpose comes from the cell's row and column
                          headers (WCAG 2.4.4, in context), so the cell says only the score or state.
                          Relative to this page (/teach/classes/<id>/gradebook), so each of the 2,000
                          hrefs does not repeat the class's path. */}
                      <a href={`students/${row.id}#assignment-${column.id}`}>
                        {score}
                        {showState ? <span className={`block text-xs ${stateLook[cell.state]}`}>{cellStateLabels[cell.state]}</span> : null}
                      </a>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-line">
          <tr>
            <th scope="row" className={`${sticky} px-3 py-2 text-left font-medium`}>
              Class average
            </th>
            <td className="px-3 py-2 text-muted">
              <span className="sr-only">not applicable</span>
            </td>
            {book.columns.map((column) => (
              <td key={column.id} className="px-3 py-2 align-top">
                <span className="font-semibold">{percent(column.average) ?? "–"}</span>
                <span className="block text-xs text-muted">
                  {column.scored} scored{column.overdue ? `, ${column.overdue} missing` : ""}
                </span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${sticky} px-3 py-2 text-left font-medium`}>
              Distribution
              <span className="block text-xs font-normal text-muted">0 → 100%</span>
            </th>
            <td className="px-3 py-2">
              <span className="sr-only">not applicable</span>
            </td>
            {book.columns.map((column) => (
              <td key={column.id} className="px-3 py-2">
                <DistributionChart bins={column.bins} label={`Scores on ${column.title}`} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
