import Link from "next/link";
import type { StudentAssignment } from "@/lib/data/assignments";
import { StartAttemptButton } from "./start-attempt-button";

export type AssignmentActionProps = { assignment: StudentAssignment };

const linkButton = "inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-medium";

/** The one next step: Continue the open attempt, Start one, or Review the last. */
export function AssignmentAction({ assignment: a }: AssignmentActionProps) {
  const lastSubmitted = a.attempts.filter((attempt) => attempt.status === "SUBMITTED").at(-1);
  if (a.state === "in-progress" && a.openAttemptId) {
    return (
      <Link href={`/attempts/${a.openAttemptId}`} className={`${linkButton} bg-accent text-accent-ink hover:opacity-90`}>
        Continue<span className="sr-only"> {a.title}</span>
      </Link>
    );
  }
  if (a.state === "open") {
    return (
      <StartAttemptButton
        fields={{ assignmentId: a.id }}
        label={
          <>
            {a.attemptsUsed > 0 ? "Start another attempt" : "Start"}
            <span className="sr-only"> {a.title}</span>
          </>
        }
      />
    );
  }
  if (lastSubmitted) {
    return (
      <Link href={`/attempts/${lastSubmitted.id}/review`} className={`${linkButton} border border-line bg-card text-ink hover:bg-paper`}>
        Review last attempt<span className="sr-only"> of {a.title}</span>
      </Link>
    );
  }
  return null;
}
