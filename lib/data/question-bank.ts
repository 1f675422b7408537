import "server-only";
// The question bank as teachers see it: published questions with a current version, searched by
// the stem's words, type, the facts they cite (code or statement) and their sources (title or
// slug). Wildcards typed into a search are taken literally. Teachers only read the bank:
// questions stay admin-authored.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/domain/like-pattern";
import { teachingViewer } from "./teaching-access";
import type { Viewer } from "@/lib/identity/viewer";
import type { BankSearch } from "@/lib/validation/teacher-assignments";

export type BankQuestion = { id: string; code: string | null; type: string; stem: string; points: number; facts: string[]; sources: string[] };

const pattern = (text: string | undefined) => (text ? containsPattern(text) : null);

export async function searchQuestionBank(actor: Viewer | null, search: BankSearch, limit = 50): Promise<BankQuestion[]> {
  teachingViewer(actor);
  const stem = pattern(search.q);
  const fact = pattern(search.fact);
  const source = pattern(search.source);
  const rows = await db().$queryRaw<BankQuestion[]>(Prisma.sql`
    SELECT q.id, q.code, v.type::text AS type, v.stem, v.points,
      COALESCE(array_agg(DISTINCT f.code) FILTER (WHERE f.code IS NOT NULL), '{}') AS facts,
      COALESCE(array_agg(DISTINCT s.title) FILTER (WHERE s.title IS NOT NULL), '{}') AS sources
    FROM "Question" q
    JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
    LEFT JOIN "Citation" c ON c."questionVersionId" = v.id
    LEFT JOIN "Evidence" e ON e.id = c."evidenceId"
    LEFT JOIN "Fact" f ON f.id = e."factId"
    LEFT JOIN "Source" s ON s.id = e."sourceId"
    WHERE q.status = 'PUBLISHED'
      AND (${stem}::text IS NULL OR v.stem ILIKE ${stem}::text ESCAPE '\\')
      AND (${search.type ?? null}::text IS NULL OR v.type::text = ${search.type ?? null}::text)
      AND (${fact}::text IS NULL OR EXISTS (
        SELECT 1 FROM "Citation" c2 JOIN "Evidence" e2 ON e2.id = c2."evidenceId" JOIN "Fact" f2 ON f2.id = e2."factId"
        WHERE c2."questionVersionId" = v.id AND (f2.code ILIKE ${fact}::text ESCAPE '\\' OR f2.statement ILIKE ${fact}::text ESCAPE '\\')))
      AND (${source}::text IS NULL OR EXISTS (
        SELECT 1 FROM "Citation" c3 JOIN "Evidence" e3 ON e3.id = c3."evidenceId" JOIN "Source" s3 ON s3.id = e3."sourceId"
        WHERE c3."questionVersionId" = v.id AND (s3.title ILIKE ${source}::text ESCAPE '\\' OR s3.slug ILIKE ${source}::text ESCAPE '\\')))
    GROUP BY q.id, v.id
    ORDER BY q.code NULLS LAST, q.id
    LIMIT ${limit}`);
  return rows.map((row) => ({ ...row, points: Number(row.points) }));
}
