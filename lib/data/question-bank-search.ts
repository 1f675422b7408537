import "server-only";
// The admins' question bank: every question (draft, published, retired), searched by the words of
// its current version (stem, option texts, explanation), its type, tag and status, the facts it
// cites (code or statement) and their sources (title or slug), a page at a time (the bank may hold
// thousands). Typed wildcards are taken literally. Teachers' bank (lib/data/question-bank.ts) is
// another, narrower view: published questions only.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/domain/like-pattern";
import type { Viewer } from "@/lib/identity/viewer";
import type { AdminBankSearch } from "@/lib/validation/set-authoring";
import { assertAdmin } from "./users";

export const bankPageSize = 25;

export type BankRow = {
  id: string;
  code: string | null;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  type: string | null;
  version: number | null;
  stem: string;
  tags: string[];
  facts: string[];
};

export type BankPage = { rows: BankRow[]; total: number; page: number; pages: number };

const pattern = (text: string | undefined) => (text ? containsPattern(text) : null);

export async function searchBank(actor: Viewer | null, search: AdminBankSearch): Promise<BankPage> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const text = pattern(search.q);
    const fact = pattern(search.fact);
    const source = pattern(search.source);
    const tag = search.tag?.toLowerCase() ?? null;
    const where = Prisma.sql`
      WHERE (${search.status ?? null}::text IS NULL OR q.status::text = ${search.status ?? null}::text)
        AND (${search.type ?? null}::text IS NULL OR v.type::text = ${search.type ?? null}::text)
        AND (${text}::text IS NULL OR q.code ILIKE ${text}::text ESCAPE '\\' OR v.stem ILIKE ${text}::text ESCAPE '\\'
          OR v.explanation ILIKE ${text}::text ESCAPE '\\'
          -- Only the options' words, not their JSON keys ("id", "text"): every string value anywhere in them.
          OR EXISTS (SELECT 1 FROM jsonb_path_query(v.options, 'strict $.**') AS o(value)
                     WHERE jsonb_typeof(o.value) = 'string' AND o.value #>> '{}' ILIKE ${text}::text ESCAPE '\\'))
        AND (${tag}::text IS NULL OR EXISTS (SELECT 1 FROM unnest(v.tags) AS t(name) WHERE lower(t.name) = ${tag}::text))
        AND (${fact}::text IS NULL OR EXISTS (
          SELECT 1 FROM "Citation" c JOIN "Evidence" e ON e.id = c."evidenceId" JOIN "Fact" f ON f.id = e."factId"
          WHERE c."questionVersionId" = v.id AND (f.code ILIKE ${fact}::text ESCAPE '\\' OR f.statement ILIKE ${fact}::text ESCAPE '\\')))
        AND (${source}::text IS NULL OR EXISTS (
          SELECT 1 FROM "Citation" c JOIN "Evidence" e ON e.id = c."evidenceId" JOIN "Source" s ON s.id = e."sourceId"
          WHERE c."questionVersionId" = v.id AND (s.title ILIKE ${source}::text ESCAPE '\\' OR s.slug ILIKE ${source}::text ESCAPE '\\')))`;
    const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>(Prisma.sql`
      SELECT count(*) AS total FROM "Question" q LEFT JOIN "QuestionVersion" v ON v.id = q."currentVersionId" ${where}`);
    const count = Number(total);
    const pages = Math.max(1, Math.ceil(count / bankPageSize));
    const page = Math.min(search.page ?? 1, pages);
    const rows = await tx.$queryRaw<(Omit<BankRow, "version"> & { version: number | null })[]>(Prisma.sql`
      SELECT q.id, q.code, q.status::text AS status, v.type::text AS type, v.version, COALESCE(v.stem, '') AS stem,
        COALESCE(v.tags, '{}') AS tags,
        COALESCE((SELECT array_agg(DISTINCT COALESCE(f.code, CASE WHEN length(f.statement) > 40 THEN left(f.statement, 39) || '…' ELSE f.statement END))
                  FROM "Citation" c JOIN "Evidence" e ON e.id = c."evidenceId" JOIN "Fact" f ON f.id = e."factId"
                  WHERE c."questionVersionId" = v.id), '{}') AS facts
      FROM "Question" q LEFT JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
      ${where}
      ORDER BY q.code NULLS LAST, q."createdAt", q.id
      LIMIT ${bankPageSize} OFFSET ${(page - 1) * bankPageSize}`);
    return { rows: rows.map((row) => ({ ...row, version: row.version === null ? null : Number(row.version) })), total: count, page, pages };
  });
}
