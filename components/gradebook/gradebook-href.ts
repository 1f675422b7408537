import type { GradebookQuery } from "@/lib/validation/gradebook";

/** The gradebook's (or its export's) address with the query changed: defaults are left out. */
export function gradebookHref(classId: string, query: GradebookQuery, changes: Partial<GradebookQuery> = {}, suffix = ""): string {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  if (q.state) params.set("state", q.state);
  if (q.archived) params.set("archived", "1");
  if (q.sort !== "name") params.set("sort", q.sort);
  if (q.dir !== (q.sort === "name" ? "asc" : "desc")) params.set("dir", q.dir);
  if (q.page > 1 && !suffix) params.set("page", String(q.page));
  const search = params.toString();
  return `/teach/classes/${classId}/gradebook${suffix}${search ? `?${search}` : ""}`;
}

export const percent = (fraction: number | null) => (fraction === null ? null : `${Math.round(fraction * 100)}%`);
