import type { StudentAssignment } from "@/lib/data/assignments";
import type { ClassGroup, StudentBucket } from "@/lib/domain/assignment-state";
import { studentBuckets } from "@/lib/domain/assignment-state";
import { AssignmentCard } from "./assignment-card";

export type ClassAssignmentsProps = { group: ClassGroup<StudentAssignment> };

const bucketTitles: Record<StudentBucket, string> = { "to-do": "To do", "in-progress": "In progress", overdue: "Overdue", done: "Done" };

/** One of the student's classes on the Quizzes page: its assignments in To do, In progress, Overdue and Done. */
export function ClassAssignments({ group }: ClassAssignmentsProps) {
  const filled = studentBuckets.filter((bucket) => group.buckets[bucket].length > 0);
  const headingId = `class-${group.id}`;
  return (
    <section aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className="mb-4 text-xl font-semibold wrap-anywhere">
        {group.name}
      </h2>
      {filled.length === 0 ? <p className="text-muted">No assignments in this class yet. When your teacher assigns a quiz, it appears here.</p> : null}
      <div className="flex flex-col gap-6">
        {filled.map((bucket) => (
          <section key={bucket} aria-labelledby={`${headingId}-${bucket}`}>
            <h3 id={`${headingId}-${bucket}`} className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">
              {bucketTitles[bucket]} ({group.buckets[bucket].length})
            </h3>
            <ul className="grid gap-4">
              {group.buckets[bucket].map((assignment) => (
                <AssignmentCard key={assignment.id} assignment={assignment} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
