import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { FactForEditing } from "@/lib/data/fact-authoring";
import { whoseText } from "@/lib/domain/evidence-label";
import { DeleteEvidenceButton } from "./delete-evidence-button";

const stanceWords = { SUPPORTS: "Supports", DISPUTES: "Disputes", UPDATES: "Updates" } as const;

/** The fact's evidence: its words, source, stance and label; cited evidence is marked as fixed. */
export function EvidenceList({ fact }: { fact: FactForEditing }) {
  if (fact.evidence.length === 0) return <p className="text-sm text-muted">No evidence yet: add some below.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {fact.evidence.map((e) => (
        <li key={e.id} className="rounded-md border border-line bg-card p-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={e.stance === "SUPPORTS" ? "accent" : "neutral"}>{stanceWords[e.stance]}</Badge>
            <span className="font-medium">{e.source.title}</span>
            {e.start !== null ? <span className="text-muted">characters {e.start}–{e.end}</span> : <span className="text-muted">link-only source</span>}
          </div>
          <blockquote className="mt-2 border-l-4 border-line pl-3 font-serif wrap-anywhere">{e.quote}</blockquote>
          <p className="mt-1 text-sm text-muted">{whoseText(fact.kind, e, null)}</p>
          {e.note ? <p className="mt-1 text-sm wrap-anywhere">Note: {e.note}</p> : null}
          <div className="mt-2 text-sm">
            {e._count.citations > 0 ? (
              <p>
                Cited by {e._count.citations} {e._count.citations === 1 ? "question version" : "question versions"}: these words cannot change.{" "}
                <Link href={`/admin/facts/${fact.id}?source=${e.source.id}#add-evidence`} className="text-accent underline">
                  Add new evidence
                </Link>{" "}
                instead.
              </p>
            ) : (
              <DeleteEvidenceButton evidenceId={e.id} quote={e.quote} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
