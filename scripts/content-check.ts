// `npm run content:check [-- <content dir>]`: runs the set checker (lib/domain/set-checker.ts) on
// every quiz set of the seed content (prisma/seed by default) and prints its findings, grouped
// by set. Exits 1 when a set has a blocking finding (a citation that does not resolve), so the
// seed can never carry a set that could not be published. Reads the files only: no database.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContent, ContentError, type Content } from "../lib/content/load-content";
import { checkSet, hasBlockingFindings } from "../lib/domain/set-checker";
import type { CheckedSet } from "../lib/domain/set-check-types";
import { projectRoot } from "./lib/database";

/** The seed's quiz sets as the checker reads them (evidence named "<fact>#<index>"). */
export function checkedSetsOf(content: Content): CheckedSet[] {
  const sources = new Map(content.sources.map((s) => [s.slug, s]));
  const facts = new Map(content.facts.map((f) => [f.code, f]));
  const questions = new Map(content.questions.map((q) => [q.code, q]));
  return content.quizSets.map((set) => {
    const checked = set.questions.flatMap((code, position) => {
      const question = questions.get(code);
      if (!question) return [];
      return [
        {
          questionId: code,
          code,
          position,
          type: question.type,
          stem: question.stem,
          options: question.options,
          key: question.key,
          explanation: question.explanation,
          citations: question.citedEvidence.map(({ fact, index }) => {
            const evidence = facts.get(fact)!.evidence[index];
            const source = sources.get(evidence.source);
            return {
              evidenceId: `${fact}#${index}`,
              factId: fact,
              sourceId: evidence.source,
              quote: evidence.quote,
              resolves: source !== undefined && (source.text === null || evidence.span !== null),
              dates: [evidence.asOf, facts.get(fact)!.asOf, source?.publishedAt].filter((d): d is string => typeof d === "string"),
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
      // The seed stores its sets with the database defaults.
      shuffleQuestions: false,
      shuffleOptions: true,
      questions: checked,
      sourceFacts: content.facts
        .filter((fact) => fact.evidence.some((e) => citedSources.has(e.source)))
        .map((fact) => ({ factId: fact.code, code: fact.code, statement: fact.statement })),
    };
  });
}

async function main() {
  const dir = path.resolve(process.argv[2] ?? path.join(projectRoot, "prisma/seed"));
  let content: Content;
  try {
    content = await loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let blocking = false;
  for (const set of checkedSetsOf(content)) {
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
