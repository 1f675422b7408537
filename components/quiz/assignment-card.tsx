import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { StudentAssignment } from "@/lib/data/assignments";
import { scorePolicyLabels } from "@/lib/domain/score-policy";
import { AssignmentAction } from "./assignment-action";
import { attemptsText, percent, stateLabels, timeLimitText } from "./assignment-words";
import { DateTime } from "./date-time";

export type AssignmentCardProps = { assignment: StudentAssignment };

/** One assignment in the student's list (under its class): what, by when, the score that counts, and the next step. */
export function AssignmentCard({ assignment: a }: AssignmentCardProps) {
  return (
    <Card as="li" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 className="text-lg font-semibold">
            <Link href={`/assignments/${a.id}`} className="underline-offset-2 hover:underline">
              {a.title}
            </Link>
          </h4>
          <p className="text-sm text-muted">
            {a.quizSetTitle}
          </p>
        </div>
        <Badge tone={a.state === "open" || a.state === "in-progress" ? "accent" : "neutral"}>{stateLabels[a.state]}</Badge>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted">Due</dt>
          <dd>{a.dueAt ? <DateTime date={a.dueAt} withTime withZone /> : "No due date"}</dd>
        </div>
        <div>
          <dt className="text-muted">Time limit</dt>
          <dd>{timeLimitText(a.timeLimitSeconds)}</dd>
        </div>
        <div>
          <dt className="text-muted">Attempts</dt>
          <dd>{attemptsText(a.attemptsUsed, a.maxAttempts)}</dd>
        </div>
        <div>
          <dt className="text-muted">Score</dt>
          <dd>
            {a.countedFraction === null ? "–" : percent(a.countedFraction)}
            {a.countedFraction !== null && a.attemptsUsed > 1 ? <span className="block text-xs text-muted">{scorePolicyLabels[a.scorePolicy].toLowerCase()}</span> : null}
          </dd>
        </div>
      </dl>
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2">
        <AssignmentAction assignment={a} />
        <Link href={`/assignments/${a.id}`} className="text-sm text-accent underline">
          Details<span className="sr-only"> of {a.title}</span>
        </Link>
      </div>
    </Card>
  );
}
