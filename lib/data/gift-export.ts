import "server-only";
// A quiz set (its questions' current versions, in the set's order) or the whole bank as a GIFT
// file, for admins. Citations travel as handles (fact code, source slug, exact quote) that another
// instance resolves against its own evidence; evidence of a fact without a code has no handle
// and is left out with a note.
import { assertAdmin } from "./users";
import { versionContentSelect } from "@/lib/data/question-version-content";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GiftCitation } from "@/lib/content/gift/cited-comment";
import { questionLabel, writeGift, type GiftExportQuestion, type GiftWriteResult } from "@/lib/content/gift/write";
import { parseQuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";

export type GiftExportScope = { kind: "set"; slug: string } | { kind: "bank" };

export type GiftExport = GiftWriteResult & { fileName: string };

const versionSelect = {
  ...versionContentSelect,
  citations: {
    orderBy: { position: "asc" },
    select: { evidence: { select: { quote: true, fact: { select: { code: true } }, source: { select: { slug: true } } } } },
  },
} satisfies Prisma.QuestionVersionSelect;

type VersionRow = Prisma.QuestionVersionGetPayload<{ select: typeof versionSelect }>;

function exportQuestion(code: string | null, version: VersionRow, notes: GiftWriteResult["notes"]): GiftExportQuestion | null {
  const parsed = parseQuestionContent(version.type as QuestionType, { options: version.options, key: version.key, feedback: version.feedback ?? undefined });
  const label = questionLabel({ code, stem: version.stem });
  if (!parsed.ok) {
    notes.push({ question: label, note: `its stored content does not pass the type's checks (${parsed.errors.join("; ")}) and it is left out` });
    return null;
  }
  const citations: GiftCitation[] = [];
  for (const { evidence } of version.citations) {
    const fact = evidence.fact.code ? { fact: evidence.fact.code } : {};
    citations.push({ ...fact, source: evidence.source.slug, quote: evidence.quote });
  }
  return {
    code,
    stem: version.stem,
    content: parsed.content,
    explanation: version.explanation,
    points: version.points,
    difficulty: version.difficulty,
    tags: version.tags,
    citations,
  };
}

export async function exportGift(actor: Viewer | null, scope: GiftExportScope, now = new Date()): Promise<GiftExport> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    let rows: { code: string | null; currentVersion: VersionRow | null }[];
    let name: string;
    let heading: string;
    if (scope.kind === "set") {
      const set = await tx.quizSet.findFirst({
        where: { slug: scope.slug, ownerId: null },
        select: {
          slug: true,
          title: true,
          items: { orderBy: { position: "asc" }, select: { question: { select: { code: true, currentVersion: { select: versionSelect } } } } },
        },
      });
      if (!set) throw new NotFoundError("That quiz set");
      rows = set.items.map((item) => item.question);
      name = set.slug;
      heading = `Quiz set “${set.title}” (${set.slug})`;
    } else {
      rows = await tx.question.findMany({
        where: { currentVersionId: { not: null } },
        orderBy: [{ code: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: { code: true, currentVersion: { select: versionSelect } },
      });
      name = "question-bank";
      heading = "The whole question bank";
    }
    const notes: GiftWriteResult["notes"] = [];
    const questions = rows.flatMap((row) => {
      const question = row.currentVersion ? exportQuestion(row.code, row.currentVersion, notes) : null;
      return question ? [question] : [];
    });
    const date = now.toISOString().slice(0, 10);
    const result = writeGift(questions, [
      `${heading}, exported from Cited on ${date}.`,
      "GIFT format (Moodle). Lines starting // cited: carry what GIFT cannot (codes, citations, ids); other GIFT readers skip them.",
    ]);
    const skippedLines = result.skipped.map((s) => `Not exported: ${s.question}: ${s.reason}.`);
    const noteLines = [...notes, ...result.notes].map((n) => `Note: ${n.question}: ${n.note}.`);
    const text = [...[...skippedLines, ...noteLines].map((line) => `// ${line}`), result.text].join("\n");
    const safeName = name.replace(/[^a-z0-9-]+/gi, "-").slice(0, 80) || "questions";
    return { ...result, notes: [...notes, ...result.notes], text, fileName: `${safeName}-${date}.gift.txt` };
  });
}

/** The admins' quiz sets, for the export links. */
export async function listGiftExportSets(actor: Viewer | null) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const sets = await tx.quizSet.findMany({
      where: { ownerId: null },
      orderBy: { title: "asc" },
      select: { slug: true, title: true, status: true, _count: { select: { items: true } } },
    });
    return sets.map((s) => ({ slug: s.slug, title: s.title, status: s.status, questions: s._count.items }));
  });
}
