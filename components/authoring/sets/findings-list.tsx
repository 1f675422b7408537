import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Finding } from "@/lib/domain/set-check-types";

/** The set checker's findings, blocking ones first, each with links to the questions' editors. */
export function FindingsList({ findings, names }: { findings: Finding[]; names: Map<string, string> }) {
  if (findings.length === 0) return <p className="text-sm">The checker found nothing to fix.</p>;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "blocking" ? -1 : 1));
  return (
    <ul className="flex flex-col gap-2" aria-label="Findings">
      {sorted.map((finding, index) => (
        <li key={index} className={`rounded-md border-l-4 bg-card px-3 py-2 text-sm ${finding.severity === "blocking" ? "border-red-700 dark:border-red-400" : "border-amber-600"}`}>
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={finding.severity === "blocking" ? "accent" : "neutral"}>{finding.severity === "blocking" ? "Blocks publishing" : "Warning"}</Badge>
            <span className="break-words">{finding.message}</span>
          </p>
          {finding.questionIds.length ? (
            <p className="mt-1 flex flex-wrap gap-x-3">
              {finding.questionIds.map((id) => (
                <Link key={id} href={`/admin/questions/${id}`} className="inline-flex min-h-6 items-center text-accent underline">
                  Edit {names.get(id) ?? "the question"}
                </Link>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
