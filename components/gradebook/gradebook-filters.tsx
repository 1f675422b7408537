import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { GradebookQuery } from "@/lib/validation/gradebook";

export type GradebookFiltersProps = { classId: string; query: GradebookQuery };

const stateOptions = [
  { value: "", label: "Every student" },
  { value: "missing", label: "Missing work (past due, not submitted)" },
  { value: "working", label: "An attempt in progress" },
  { value: "not-started", label: "Something not started" },
];

/** A plain GET form: works without JavaScript, and the address can be bookmarked or shared. */
export function GradebookFilters({ classId, query }: GradebookFiltersProps) {
  const field = "min-h-10 w-full rounded-md border border-line bg-card px-3 py-2";
  return (
    <form role="search" aria-label="Filter students" method="get" className="mb-4 flex flex-wrap items-end gap-3">
      {query.sort !== "name" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex w-full flex-col gap-1 sm:w-64">
        <label htmlFor="gradebook-q" className="text-sm font-medium">
          Name or email
        </label>
        <input id="gradebook-q" name="q" type="search" maxLength={100} defaultValue={query.q ?? ""} className={field} />
      </div>
      <div className="flex w-full flex-col gap-1 sm:w-72">
        <label htmlFor="gradebook-state" className="text-sm font-medium">
          Show
        </label>
        <select id="gradebook-state" name="state" defaultValue={query.state ?? ""} className={field}>
          {stateOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <label className="inline-flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} className="size-4" />
        Include archived assignments
      </label>
      <Button variant="secondary">Apply</Button>
      {query.q || query.state || query.archived ? (
        <Link href={`/teach/classes/${classId}/gradebook`} className="min-h-10 py-2 text-sm text-accent underline">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
