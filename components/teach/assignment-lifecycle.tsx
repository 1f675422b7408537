"use client";

import { useActionState } from "react";
import { archiveAssignment, deleteAssignment } from "@/app/actions/teacher-assignments";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export type AssignmentLifecycleProps = { assignmentId: string; archived: boolean; attemptCount: number };

/** Archive (hide from students, keep the history) or, without attempts, delete. */
export function AssignmentLifecycle({ assignmentId, archived, attemptCount }: AssignmentLifecycleProps) {
  const [archiveState, archive, archiving] = useActionState(archiveAssignment, null);
  const [deleteState, remove, deleting] = useActionState(deleteAssignment, null);
  return (
    <div className="flex flex-col gap-3">
      <FormStatus state={deleteState ?? archiveState} />
      <div className="flex flex-wrap gap-3">
        <form action={archive}>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          <Button variant="secondary" disabled={archiving}>
            {archived ? "Restore (unarchive)" : "Archive"}
          </Button>
        </form>
        <form action={remove}>
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <Button variant="danger" disabled={deleting}>
            Delete
          </Button>
        </form>
      </div>
      <p className="text-sm text-muted">
        {attemptCount > 0
          ? `It has ${attemptCount} attempt${attemptCount === 1 ? "" : "s"}, so it cannot be deleted: archive it to hide it from students and keep the grades.`
          : "Nobody has started it yet, so it can be deleted."}
      </p>
    </div>
  );
}
