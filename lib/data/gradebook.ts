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
 * The one statement. Every value from the request is a bound parameter; the only fragments
 * spliced in are the constant ORDER BY pieces chosen below.
 */
export function gradebookSql(classId: string, assignmentIds: string[], query: GradebookQuery, limit: number | null) {
  const pattern = query.q ? containsPattern(query.q) : null;
  const state = query.state ? stateFilters[query.state] : null;
  const sortAssignment = query.sort !== "name" && query.sort !== "average" ? query.sort : null;
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order =
    query.sort === "name"
      ? Prisma.sql`lower(name) ${dir}, lower(email) ${dir}, id`
      : Prisma.sql`sort_value ${dir} NULLS LAST, lower(name), lower(email), id`;
  const offset = limit === null ? 0 : (query.page - 1) * limit;
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
    -- Kept by the database on every attempt's change (the "Grade" table's triggers).
    t AS (
      SELECT "userId", "assignmentId", fraction, submitted, working
      FROM "Grade"
      WHERE "assignmentId" = ANY(${assignmentIds}::text[])
    ),
    c AS (
      SELECT s.id AS "userId", a.id AS "assignmentId", a.ord,
        t.fraction AS f,
        CASE
          WHEN COALESCE(t.submitted, 0) > 0 THEN 'submitted'
          WHEN GREATEST(a."dueAt", x."dueAt") < now() THEN 'overdue'
          WHEN t.working THEN 'in-progress'
          ELSE 'not-started'
        END AS state
      FROM s CROSS JOIN a
      LEFT JOIN t ON t."userId" = s.id AND t."assignmentId" = a.id
      LEFT JOIN "Extension" x ON x."assignmentId" = a.id AND x."userId" = s.id
    ),
    -- Per student: what sorting and filtering need (no per-cell arrays yet).
    st AS (
      SELECT s.id, s.name, s.email,
        avg(c.f) AS average,
        CASE WHEN ${sortAssignment}::text IS NULL THEN avg(c.f) ELSE max(c.f) FILTER (WHERE c."assignmentId" = ${sortAssignment}::text) END AS sort_value,
        COALESCE(bool_or(c.state = ${state}::text), false) AS has_state
      FROM s LEFT JOIN c ON c."userId" = s.id
      GROUP BY s.id, s.name, s.email
    ),
    filtered AS (
      SELECT * FROM st
      WHERE (${pattern}::text IS NULL OR name ILIKE ${pattern}::text OR email ILIKE ${pattern}::text)
        AND (${state}::text IS NULL OR has_state)
    ),
    paged AS (
      SELECT id, name, email, average, row_number() OVER (ORDER BY ${order}) AS rn
      FROM filtered
      ORDER BY ${order}
      LIMIT ${limit}::bigint OFFSET ${offset}::bigint
    ),
    -- The cells, for the students of this page only.
    page AS (
      SELECT p.id, p.name, p.email, p.average, p.rn,
        array_agg(c.f ORDER BY c.ord) FILTER (WHERE c.ord IS NOT NULL) AS fractions,
        array_agg(c.state ORDER BY c.ord) FILTER (WHERE c.ord IS NOT NULL) AS states
      FROM paged p LEFT JOIN c ON c."userId" = p.id
      GROUP BY p.id, p.name, p.email, p.average, p.rn
    ),
    bins AS (
      SELECT "assignmentId", json_agg(json_build_object('bin', bin, 'n', n)) AS bins
      FROM (
        -- The epsilon keeps an average such as 0.29999999999999998 in the 30 % band.
        SELECT "assignmentId", LEAST(floor(f * 10 + 1e-9)::int, 9) AS bin, count(*)::int AS n
        FROM c WHERE f IS NOT NULL GROUP BY 1, 2
      ) counted
      GROUP BY "assignmentId"
    ),
    stats AS (
      SELECT c."assignmentId", avg(c.f) AS average, count(c.f)::int AS scored,
        (count(*) FILTER (WHERE c.state = 'overdue'))::int AS overdue
      FROM c GROUP BY c."assignmentId"
    )
    SELECT json_build_object(
      'total', (SELECT count(*) FROM filtered),
      'students', (SELECT count(*) FROM s),
      'rows', COALESCE((SELECT json_agg(json_build_object('id', id, 'name', name, 'email', email, 'average', average,
        'fractions', fractions, 'states', states) ORDER BY rn) FROM page), '[]'::json),
      'stats', (SELECT json_agg(json_build_object('assignmentId', stats."assignmentId", 'average', stats.average,
        'scored', stats.scored, 'overdue', stats.overdue, 'bins', bins.bins))
        FROM stats LEFT JOIN bins ON bins."assignmentId" = stats."assignmentId")
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
