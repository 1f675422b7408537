// `npm run content:check [-- <bundle file>]`: runs the set checker (lib/domain/set-checker.ts) on
// every quiz set of a Cited bundle (the seed, prisma/seed/content.bundle.json, by default) and
// prints its findings, grouped by set. Exits 1 when the bundle does not read or a set has a
// blocking finding (a citation that does not resolve), so the seed can never carry a set that
// could not be published. Reads the file only: no database.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { evidenceKey, readBundle, versionKey, type CheckedBundle } from "../lib/content/bundle-check";
import { checkSet, hasBlockingFindings } from "../lib/domain/set-checker";
import type { CheckedSet } from "../lib/domain/set-check-types";
import { projectRoot } from "./lib/database";

/** A checked bundle's quiz sets as the checker reads them (evidence named "<fact> <source> <quote>"). */
export function checkedSetsOf({ bundle, spans, contents }: CheckedBundle): CheckedSet[] {
  const sources = new Map(bundle.sources.map((s) => [s.slug, s]));
  const facts = new Map(bundle.facts.map((f) => [f.id, f]));
  const questions = new Map(bundle.questions.map((q) => [q.id, q]));
  return bundle.quizSets.map((set) => {
    const checked = set.questions.flatMap((id, position) => {
      const question = questions.get(id);
      const version = question?.versions.find((v) => v.version === question.currentVersion);
      const content = version && contents.get(versionKey(id, version.version));
      if (!question || !version || !content) return [];
      return [
        {
          questionId: id,
          code: question.code,
          position,
          type: version.type,
          stem: version.stem,
          options: content.options,
          key: content.key,
          explanation: version.explanation,
          citations: version.citations.map((citation) => {
            const fact = facts.get(citation.fact);
            const evidence = fact?.evidence.find((e) => e.source === citation.source && e.quote === citation.quote);
            const source = sources.get(citation.source);
            return {
              evidenceId: `${citation.fact} ${citation.source} ${citation.quote}`,
              factId: citation.fact,
              sourceId: citation.source,
              quote: citation.quote,
              resolves: spans.has(evidenceKey(citation.fact, citation.source, citation.quote)),
              dates: [evidence?.asOf, fact?.asOf, source?.publishedAt].filter((d): d is string => typeof d === "string"),
            };
          }),
        },
      ];
    });
    const citedSources = new Set(checked.flatMap((q) => q.citations.map((c) => c.sourceId)));
    return {
      id: set.slug,
      title: set.title,
      description: set.description,
      shuffleQuestions: set.shuffleQuestions,
      shuffleOptions: set.shuffleOptions,
      questions: checked,
      sourceFacts: bundle.facts
        .filter((fact) => fact.evidence.some((e) => citedSources.has(e.source)))
        .map((fact) => ({ factId: fact.id, code: fact.code, statement: fact.statement })),
    };
  });
}

async function main() {
  const file = path.resolve(process.argv[2] ?? path.join(projectRoot, "prisma/seed/content.bundle.json"));
  const reading = readBundle(await readFile(file, "utf8"));
  if (!reading.ok) {
    console.error(`${file} does not read as a Cited bundle:\n- ${reading.errors.join("\n- ")}`);
    process.exit(1);
  }
  let blocking = false;
  for (const set of checkedSetsOf(reading.checked)) {
    const findings = checkSet(set);
    blocking ||= hasBlockingFindings(findings);
    console.log(`\n${set.id} (${set.questions.length} questions): ${findings.length === 0 ? "no findings" : `${findings.length} finding(s)`}`);
    for (const finding of findings) console.log(`  [${finding.severity}] ${finding.rule}: ${finding.message}`);
  }
  if (blocking) {
    console.error("\nBlocking findings: these sets could not be published.");
    process.exit(1);
  }
}

// Run as a command, not when a test imports checkedSetsOf.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
