// The seed's content as tests read it: from prisma/seed/content.bundle.json, the one file the
// seed imports (the per-type files it was made from are on their way out).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Bundle } from "@/lib/content/bundle-schema";
import type { QuestionType } from "@/lib/domain/question-types";

const file = path.join(import.meta.dirname, "../../prisma/seed/content.bundle.json");

export function seedBundle(): Bundle {
  return JSON.parse(readFileSync(file, "utf8")) as Bundle;
}

/** Each seeded question as its current version, flat, with its code (as the per-type file had it). */
export type SeedQuestion = { code: string; type: QuestionType; stem: string; options: unknown; key: unknown; feedback?: unknown; points: number; explanation: string };

export function seedQuestions(): SeedQuestion[] {
  return seedBundle().questions.map((q) => {
    const version = q.versions.find((v) => v.version === q.currentVersion) ?? q.versions.at(-1)!;
    return { code: q.code ?? q.id, type: version.type, stem: version.stem, options: version.options, key: version.key, feedback: version.feedback ?? undefined, points: version.points, explanation: version.explanation };
  });
}

/** The text of a seeded source. */
export function seedSourceText(slug: string): string {
  const source = seedBundle().sources.find((s) => s.slug === slug);
  if (!source?.text) throw new Error(`the seed has no text for ${slug}`);
  return source.text;
}
