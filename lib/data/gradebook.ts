import "server-only";
// A class's gradebook: its students × its assignments, each cell the counted score (the
// assignment's score policy over the student's submitted attempts, the same rule as
// lib/domain/score-policy.ts countedFraction, held together by a test) and a state. Computed
// in one SQL statement, so that 1,000 students × 40 assignments never load their attempts into
// Node: each cell comes from the "Grade" row the database keeps per student and assignment
// (triggers, see prisma/migrations), then students are paged, sorted and filtered, and each
// assignment's average and distribution are taken over every student.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { containsPattern } from "@/lib/domain/like-pattern";
import type { ScorePolicy } from "@/lib/domain/score-policy";
import { NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { gradebookPageSize, stateFilters, type CellState, type GradebookQuery } from "@/lib/validation/gradebook";
import { classWhereTaughtBy } from "./teaching-access";

export type GradebookCell = { fraction: number | null; state: CellState };
export type GradebookRow = { id: string; name: string; email: string; average: number | null; cells: GradebookCell[] };
export type GradebookColumn = {
  id: string;
  title: string;
  dueAt: Date;
  scorePolicy: ScorePolicy;
  archived: boolean;
  /** Over every student of the class with a counted score, whatever the filter. */
  average: number | null;
  scored: number;
  overdue: number;
  /** Students per tenth of the points: [0–10 %), [10–20 %) … [90–100 %]. */
  bins: number[];
};
export type Gradebook = {
  class: { id: string; name: string };
  columns: GradebookColumn[];
  rows: GradebookRow[];
  /** Students matching the filter (all pages). */
  total: number;
  students: number;
  page: number;
  pageCount: number;
  query: GradebookQuery;
};

type Result = {
  total: number;
  students: number;
  rows: { id: string; name: string; email: string; average: number | null; fractions: (number | null)[] | null; states: CellState[] | null }[];
  stats: { assignmentId: string; average: number | null; scored: number; overdue: number; bins: { bin: number; n: number }[] | null }[] | null;
};

async function taughtClass(actor: Viewer | null, classId: string) {
  const where = classWhereTaughtBy(actor);
  if (!isId(classId)) throw new NotFoundError("That class");
  const klass = await db().class.findFirst({ where: { id: classId, ...where }, select: { id: true, name: true } });
  if (!klass) throw new NotFoundError("That class");
  return klass;
}

async function columnsOf(classId: string, archived: boolean) {
  return db().assignment.findMany({
    where: { classId, ...(archived ? {} : { archivedAt: null }) },
    // Current assignments first, then archived ones; each by due date.
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, dueAt: true, scorePolicy: true, archivedAt: true },
  });
}

/**
 * A cell's state, from its assignment (a), its "Grade" row (t, if any) and the student's
 * extension (x, if any): one rule for the page's cells and for the "missing work" filter.
 */
const cellState = Prisma.sql`
  CASE
    WHEN COALESCE(t.submitted, 0) > 0 THEN 'submitted'
    WHEN GREATEST(a."dueAt", x."dueAt") < now() THEN 'overdue'
    WHEN t.working THEN 'in-progress'
    ELSE 'not-started'
  END`;

/**
 * The one statement. Every value from the request is a bound parameter; the only fragments
 * spliced in are the constant pieces chosen below.
 *
 * Only the page's 50 students get a cell per assignment (with the extension and the state),
 * and their average is taken from those cells. Over the whole class, each assignment's
 * average, distribution and overdue count come from one grouping of the "Grade" rows; a
 * value per student is computed only when the order or the filter needs it (by average: an
 * average for everyone; by an assignment: that one score; "missing work": every cell).
 * Crossing 1,000 students with 40 assignments on every view cost more than all the rest.
 */
export function gradebookSql(classId: string, assignmentIds: string[], query: GradebookQuery, limit: number | null) {
  const pattern = query.q ? containsPattern(query.q) : null;
  const state = query.state ? stateFilters[query.state] : null;
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order =
    query.sort === "name"
      ? Prisma.sql`lower(name) ${dir}, lower(email) ${dir}, id`
      : Prisma.sql`sort_value ${dir} NULLS LAST, lower(name), lower(email), id`;
  const sortValue =
    query.sort === "name"
      ? Prisma.sql`NULL::float8`
      : query.sort === "average"
        ? Prisma.sql`averages.average`
        : Prisma.sql`(SELECT g.fraction FROM "Grade" g WHERE g."userId" = s.id AND g."assignmentId" = ${query.sort})`;
  const offset = limit === null ? 0 : (query.page - 1) * limit;
  const stateFilter =
    state === null
      ? Prisma.sql`true`
      : Prisma.sql`EXISTS (
          SELECT 1 FROM a
          LEFT JOIN "Grade" t ON t."userId" = s.id AND t."assignmentId" = a.id
          LEFT JOIN "Extension" x ON x."assignmentId" = a.id AND x."userId" = s.id
          WHERE ${cellState} = ${state}::text)`;
  return Prisma.sql`
    WITH a AS (
      SELECT g.id, i.ord, g."dueAt"
      FROM unnest(${assignmentIds}::text[]) WITH ORDINALITY AS i(id, ord)
      JOIN "Assignment" g ON g.id = i.id
    ),
    s AS (
      SELECT u.id, u.name, u.email
      FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"
      WHERE e."classId" = ${classId}
    ),
    filtered AS (
      SELECT s.id, s.name, s.email, ${sortValue} AS sort_value
      FROM s ${query.sort === "average" ? Prisma.sql`LEFT JOIN (
        SELECT g."userId", round(avg(g.fraction)::numeric, 9) AS average FROM "Grade" g WHERE g."assignmentId" = ANY(${assignmentIds}::text[]) GROUP BY g."userId"
      ) averages ON averages."userId" = s.id` : Prisma.empty}
      WHERE (${pattern}::text IS NULL OR s.name ILIKE ${pattern}::text OR s.email ILIKE ${pattern}::text)
        AND ${stateFilter}
    ),
    paged AS (
      SELECT id, name, email, row_number() OVER (ORDER BY ${order}) AS rn
      FROM filtered
      ORDER BY ${order}
      LIMIT ${limit}::bigint OFFSET ${offset}::bigint
    ),
    -- The cells, for the students of this page only.
    page AS (
      SELECT p.id, p.name, p.email, p.rn, avg(t.fraction) AS average,
        array_agg(t.fraction ORDER BY a.ord) FILTER (WHERE a.ord IS NOT NULL) AS fractions,
        array_agg(${cellState} ORDER BY a.ord) FILTER (WHERE a.ord IS NOT NULL) AS states
      FROM paged p
      LEFT JOIN a ON true
      -- Lateral: 2,000 lookups by the primary key, not a hash of every "Grade" row.
      LEFT JOIN LATERAL (
        SELECT fraction, submitted, working FROM "Grade" WHERE "assignmentId" = a.id AND "userId" = p.id
      ) t ON true
      LEFT JOIN LATERAL (
        SELECT "dueAt" FROM "Extension" WHERE "assignmentId" = a.id AND "userId" = p.id
      ) x ON true
      GROUP BY p.id, p.name, p.email, p.rn
    ),
    -- Every current student's grades (a removed student's attempts are kept, not counted here),
    -- grouped once by assignment and tenth of the points: the averages, counts and
    -- distributions all come from these few hundred rows.
    banded AS (
      SELECT g."assignmentId",
        -- The epsilon keeps an average such as 0.29999999999999998 in the 30 % band.
        CASE WHEN g.fraction IS NULL THEN NULL ELSE LEAST(floor(g.fraction * 10 + 1e-9)::int, 9) END AS bin,
        count(*)::int AS n, sum(g.fraction) AS total, count(*) FILTER (WHERE g.submitted > 0)::int AS submitted
      FROM "Grade" g
      WHERE g."assignmentId" = ANY(${assignmentIds}::text[]) AND g."userId" IN (SELECT id FROM s)
      GROUP BY 1, 2
    ),
    -- Students given a due date still to come: not overdue even though the assignment's is past.
    extended AS (
      SELECT x."assignmentId", count(*)::int AS n
      FROM "Extension" x
      WHERE x."assignmentId" = ANY(${assignmentIds}::text[]) AND x."dueAt" >= now() AND x."userId" IN (SELECT id FROM s)
        AND NOT EXISTS (SELECT 1 FROM "Grade" g WHERE g."assignmentId" = x."assignmentId" AND g."userId" = x."userId" AND g.submitted > 0)
      GROUP BY x."assignmentId"
    ),
    stats AS (
      SELECT a.id AS "assignmentId", a."dueAt",
        sum(b.total) / NULLIF(sum(b.n) FILTER (WHERE b.bin IS NOT NULL), 0) AS average,
        COALESCE(sum(b.n) FILTER (WHERE b.bin IS NOT NULL), 0)::int AS scored,
        COALESCE(sum(b.submitted), 0)::int AS submitted,
        json_agg(json_build_object('bin', b.bin, 'n', b.n)) FILTER (WHERE b.bin IS NOT NULL) AS bins
      FROM a LEFT JOIN banded b ON b."assignmentId" = a.id
      GROUP BY a.id, a."dueAt"
    )
    SELECT json_build_object(
      'total', (SELECT count(*) FROM filtered),
      'students', (SELECT count(*) FROM s),
      'rows', COALESCE((SELECT json_agg(json_build_object('id', id, 'name', name, 'email', email, 'average', average,
        'fractions', fractions, 'states', states) ORDER BY rn) FROM page), '[]'::json),
      'stats', (SELECT json_agg(json_build_object('assignmentId', stats."assignmentId", 'average', stats.average,
        'scored', stats.scored,
        'overdue', CASE WHEN stats."dueAt" < now() THEN (SELECT count(*) FROM s) - stats.submitted - COALESCE(extended.n, 0) ELSE 0 END,
        'bins', stats.bins))
        FROM stats LEFT JOIN extended ON extended."assignmentId" = stats."assignmentId")
    ) AS result`;
}

async function runGradebook(classId: string, assignmentIds: string[], query: GradebookQuery, limit: number | null): Promise<Result> {
  // A class of 1,000 × 40 materialises and groups 40,000 cells: with the default 4 MB of work
  // memory that spills to disk (a third slower, measured). For this statement only.
  const [{ result }] = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
    return tx.$queryRaw<{ result: Result }[]>(gradebookSql(classId, assignmentIds, query, limit));
  });
  return result;
}

/** The gradebook page: one page of students (50), sorted and filtered as asked. */
export async function getGradebook(actor: Viewer | null, classId: string, query: GradebookQuery, pageSize = gradebookPageSize): Promise<Gradebook> {
  const klass = await taughtClass(actor, classId);
  const assignments = await columnsOf(klass.id, query.archived);
  // Sorting by an assignment that is not a column falls back to names.
  const sort = query.sort === "name" || query.sort === "average" || assignments.some((a) => a.id === query.sort) ? query.sort : "name";
  const effective = { ...query, sort, dir: sort === "name" && query.sort !== "name" ? "asc" : query.dir } as GradebookQuery;
  const result = await runGradebook(klass.id, assignments.map((a) => a.id), effective, pageSize);
  const stats = new Map((result.stats ?? []).map((s) => [s.assignmentId, s]));
  const columns: GradebookColumn[] = assignments.map((a) => {
    const s = stats.get(a.id);
    const bins = Array.from({ length: 10 }, () => 0);
    for (const b of s?.bins ?? []) bins[b.bin] = b.n;
    return {
      id: a.id,
      title: a.title,
      dueAt: a.dueAt,
      scorePolicy: a.scorePolicy,
      archived: a.archivedAt !== null,
      average: s?.average ?? null,
      scored: s?.scored ?? 0,
      overdue: s?.overdue ?? 0,
      bins,
    };
  });
  return {
    class: klass,
    columns,
    rows: result.rows.map(toRow),
    total: Number(result.total),
    students: Number(result.students),
    page: effective.page,
    pageCount: Math.max(1, Math.ceil(Number(result.total) / pageSize)),
    query: effective,
  };
}

function toRow(row: Result["rows"][number]): GradebookRow {
  const fractions = row.fractions ?? [];
  const states = row.states ?? [];
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    average: row.average === null ? null : Number(row.average),
    cells: states.map((state, i) => ({ state, fraction: fractions[i] === null ? null : Number(fractions[i]) })),
  };
}

/** Every student (filtered and sorted as on the page) for the CSV export. */
export async function getGradebookExport(actor: Viewer | null, classId: string, query: GradebookQuery) {
  const klass = await taughtClass(actor, classId);
  const assignments = await columnsOf(klass.id, query.archived);
  const sort = query.sort === "name" || query.sort === "average" || assignments.some((a) => a.id === query.sort) ? query.sort : "name";
  const result = await runGradebook(klass.id, assignments.map((a) => a.id), { ...query, sort, page: 1 }, null);
  return { class: klass, columns: assignments.map((a) => ({ id: a.id, title: a.title })), rows: result.rows.map(toRow) };
}
