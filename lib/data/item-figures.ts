import "server-only";
// The figures of item analysis, computed by PostgreSQL over the attempts (never loaded into
// Node): three queries over the same first-attempt set, each one pass over the responses. The
// rules are those of lib/domain/item-analysis.ts, which the integration test holds them to.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { GROUP_PERCENT } from "@/lib/domain/item-analysis";

/**
 * Each student's FIRST submitted attempt at each of the assignments (by attempt number: a
 * second attempt can only start once the first is submitted), and its responses. A response
 * without a score (not answered) counts 0.
 */
const firstAttempts = (assignmentIds: string[]) => Prisma.sql`
  first AS (
    SELECT DISTINCT ON (a."userId", a."assignmentId") a.id
    FROM "Attempt" a
    WHERE a."assignmentId" = ANY(${assignmentIds}::text[]) AND a.status = 'SUBMITTED'
    ORDER BY a."userId", a."assignmentId", a.number
  ),
  resp AS (
    SELECT r."attemptId" AS attempt, r."questionVersionId" AS qv, COALESCE(r.score, 0) AS score, v.points, r.answer
    FROM first f
    CROSS JOIN LATERAL (${responsesOf(Prisma.sql`f.id`)}) r
    JOIN "QuestionVersion" v ON v.id = r."questionVersionId"
  )`;

/**
 * One attempt's responses, looked up by its index. OFFSET 0 keeps the planner from flattening
 * this into a join that hashes every response ever saved: with fresh statistics it did (400,000
 * rows read and spilled to disk for 10,000 wanted, 250 ms), with stale ones it did not, which
 * made the page's time swing between about 130 and 350 ms.
 */
const responsesOf = (attemptId: Prisma.Sql) => Prisma.sql`
  SELECT "attemptId", "questionVersionId", score, answer FROM "Response" WHERE "attemptId" = ${attemptId} OFFSET 0`;

export type SqlItemStatistics = { questionVersionId: string; n: number; facility: number | null; discrimination: number | null; pointBiserial: number | null };

/**
 * Per question version: facility, D and the corrected point-biserial. Attempts are ranked per
 * question by total score (exact numeric sum), ties by attempt id in byte order ("C"), as the
 * reference rankByTotal does; the upper group is the first ceil(27% n) (at least 1), the lower
 * the last as many.
 */
export async function itemStatisticsSql(assignmentIds: string[]): Promise<{ attempts: number; items: SqlItemStatistics[] }> {
  const rows = await db().$queryRaw<(SqlItemStatistics & { attempts: number })[]>`
    WITH ${firstAttempts(assignmentIds)},
    totals AS (SELECT attempt, sum(score) AS total FROM resp GROUP BY attempt),
    ranked AS (
      SELECT resp.qv,
        CASE WHEN resp.points > 0 THEN resp.score::float8 / resp.points ELSE 0 END AS ratio,
        resp.score::float8 AS score,
        (t.total - resp.score)::float8 AS rest,
        row_number() OVER (PARTITION BY resp.qv ORDER BY t.total DESC, resp.attempt COLLATE "C") AS rank,
        count(*) OVER (PARTITION BY resp.qv) AS n
      FROM resp JOIN totals t USING (attempt)
    ),
    grouped AS (SELECT *, greatest(1, ceil(${GROUP_PERCENT}::int * n / 100.0)) AS g FROM ranked)
    SELECT qv AS "questionVersionId",
      count(*)::int AS n,
      avg(ratio) AS facility,
      avg(ratio) FILTER (WHERE rank <= g) - avg(ratio) FILTER (WHERE rank > n - g) AS discrimination,
      corr(score, rest) AS "pointBiserial",
      (SELECT count(*) FROM first)::int AS attempts
    FROM grouped
    GROUP BY qv`;
  const attempts = rows[0]?.attempts ?? 0;
  return { attempts, items: rows.map(({ attempts: _, ...row }) => row) };
}

export type SqlAnswerCount = { questionVersionId: string; answer: unknown; count: number };

/** How many first attempts gave each distinct answer to each question version (null: none). */
export async function answerCountsSql(assignmentIds: string[]): Promise<SqlAnswerCount[]> {
  const rows = await db().$queryRaw<SqlAnswerCount[]>`
    WITH ${firstAttempts(assignmentIds)}
    SELECT qv AS "questionVersionId", answer, count(*)::int AS count
    FROM resp
    GROUP BY qv, answer`;
  return rows.map((row) => ({ ...row, answer: typeof row.answer === "string" ? JSON.parse(row.answer) : row.answer }));
}

export type SqlFactMastery = { factId: string; n: number; mastery: number };

/**
 * Per fact cited by the questions (Citation → Evidence → Fact): each attempt's mean of
 * score / points over its questions on the fact, averaged over the attempts.
 */
export async function factMasterySql(assignmentIds: string[]): Promise<SqlFactMastery[]> {
  return db().$queryRaw<SqlFactMastery[]>`
    WITH ${firstAttempts(assignmentIds)},
    facts AS (
      SELECT DISTINCT c."questionVersionId" AS qv, e."factId" AS fact
      FROM "Citation" c JOIN "Evidence" e ON e.id = c."evidenceId"
      WHERE c."questionVersionId" IN (SELECT DISTINCT qv FROM resp)
    ),
    per_attempt AS (
      SELECT facts.fact, resp.attempt, avg(CASE WHEN resp.points > 0 THEN resp.score::float8 / resp.points ELSE 0 END) AS share
      FROM resp JOIN facts ON facts.qv = resp.qv
      GROUP BY facts.fact, resp.attempt
    )
    SELECT fact AS "factId", count(*)::int AS n, avg(share) AS mastery
    FROM per_attempt
    GROUP BY fact
    ORDER BY avg(share), fact`;
}
