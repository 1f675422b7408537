import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ruleOrder, ruleTitles } from "@/lib/domain/set-checker";
import type { Finding, FindingRule } from "@/lib/domain/set-check-types";

export type CheckerFindingsProps = {
  findings: Finding[];
  /** How to name each question in its link ("Q27"); without one, the link says which of the finding's questions it is. */
  questionLabels?: Record<string, string>;
  /** The heading level the list sits under (its group titles are one below). */
  headingLevel?: 2 | 3;
  /** The id of the section's heading, for a page that shows the list more than once. */
  id?: string;
};

// The set checker's findings, grouped by rule in the checker's order, each with links to the
// questions it concerns. Blocking findings (a citation that does not resolve) come first and say
// that they stop publishing; warnings never do. A server component: plain links, no script.
export function CheckerFindings({ findings, questionLabels = {}, headingLevel = 2, id = "checker-findings" }: CheckerFindingsProps) {
  const Heading = `h${headingLevel}` as const;
  const GroupHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const blocking = findings.filter((f) => f.severity === "blocking").length;
  const warnings = findings.length - blocking;
  const groups = ruleOrder
    .map((rule) => ({ rule, items: findings.filter((f) => f.rule === rule) }))
    .filter((group): group is { rule: FindingRule; items: Finding[] } => group.items.length > 0);
  // A finding's first question is the one to fix (answer-leak: the question that gives the answer away).
  const label = (id: string, index: number, count: number) => questionLabels[id] ?? (count === 1 ? "the question" : index === 0 ? "the question to fix" : "the other question");

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <Heading id={`${id}-title`} className="text-lg font-semibold">
        Set checker
      </Heading>
      <p role="status" className="text-sm">
        {findings.length === 0
          ? "No findings: the set passes every check."
          : `${blocking > 0 ? `${blocking} blocking (the set cannot be published until fixed), ` : "Nothing blocks publishing. "}${warnings} warning${warnings === 1 ? "" : "s"}.`}
      </p>
      {groups.map(({ rule, items }) => (
        <section key={rule} aria-label={ruleTitles[rule]} className="rounded-lg border border-line bg-card p-4">
          <GroupHeading className="mb-2 flex flex-wrap items-center gap-2 font-semibold">
            {ruleTitles[rule]}
            <Badge tone={items.some((f) => f.severity === "blocking") ? "accent" : "neutral"}>
              {items.some((f) => f.severity === "blocking") ? "Blocks publishing" : `${items.length} warning${items.length === 1 ? "" : "s"}`}
            </Badge>
          </GroupHeading>
          <ul className="space-y-2 text-sm">
            {items.map((finding, i) => (
              <li key={`${finding.message}-${i}`} className="break-words">
                <p>{finding.message}</p>
                {finding.questionIds.length > 0 && (
                  <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                    {finding.questionIds.map((id, n) => (
                      <Link key={id} href={`/admin/questions/${id}`} className="inline-flex min-h-8 items-center text-accent underline underline-offset-2 hover:no-underline">
                        Edit {label(id, n, finding.questionIds.length)}
                      </Link>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
