import "server-only";
// The teacher's live view of an assignment: where each enrolled student stands (not started,
// working on question n of m, time up, submitted with a score). Two queries whatever the class
// size: the assignment (authorised in its `where`), then one row per student from their latest
// attempt. It never reads an answer, a key or a per-question score: while students work, the
// teacher sees progress, not correctness (a working attempt's JSON holds no answer content).
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { countStates, liveState, type LiveRow, type LiveView } from "@/lib/domain/live-status";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { assignmentWhereTaughtBy } from "./teaching-access";

type Row = {
  studentId: string;
  name: string;
  email: string;
  status: "IN_PROGRESS" | "SUBMITTED" | null;
  attemptDeadline: Date | null;
  dueAt: Date | null;
  used: number;
  position: number | null;
  savedAt: Date | null;
  answered: number | null;
  submittedId: string | null;
  score: number | null;
  maxScore: number | null;
};

export async function getLiveView(actor: Viewer | null, assignmentId: string): Promise<LiveView> {
  const where = assignmentWhereTaughtBy(actor);
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const assignment = await db().assignment.findFirst({
    where: { id: assignmentId, ...where },
    select: { id: true, title: true, dueAt: true, classId: true, class: { select: { name: true } }, _count: { select: { items: true } } },
  });
  if (!assignment) throw new NotFoundError("That assignment");

  // Per student: the latest attempt (Attempt(userId, assignmentId, number) is unique), the
  // latest submitted one, and for an open attempt its most recent save (Response(attemptId,
  // savedAt) index) and how many of its slots hold an answer. Counts and positions only.
  const rows = await db().$queryRaw<Row[]>`
    SELECT u.id AS "studentId", u.name, u.email,
      latest.status::text AS status, latest."deadlineAt" AS "attemptDeadline",
      GREATEST(asg."dueAt", ext."dueAt") AS "dueAt",
      COALESCE(latest.number, 0)::int AS used,
      cur.position, cur."savedAt", work.answered,
      sub.id AS "submittedId", sub.score::float8 AS score, sub."maxScore"::float8 AS "maxScore"
    FROM "Enrollment" e
    JOIN "User" u ON u.id = e."userId"
    JOIN "Assignment" asg ON asg.id = ${assignment.id}
    LEFT JOIN "Extension" ext ON ext."assignmentId" = asg.id AND ext."userId" = u.id
    LEFT JOIN LATERAL (
      SELECT a.id, a.status, a."deadlineAt", a.number FROM "Attempt" a
      WHERE a."userId" = u.id AND a."assignmentId" = asg.id ORDER BY a.number DESC LIMIT 1
    ) latest ON true
    LEFT JOIN LATERAL (
      SELECT a.id, a.score, a."maxScore" FROM "Attempt" a
      WHERE a."userId" = u.id AND a."assignmentId" = asg.id AND a.status = 'SUBMITTED' ORDER BY a.number DESC LIMIT 1
    ) sub ON true
    LEFT JOIN LATERAL (
      SELECT r.position, r."savedAt" FROM "Response" r
      WHERE latest.status = 'IN_PROGRESS' AND r."attemptId" = latest.id AND r."savedAt" IS NOT NULL
      ORDER BY r."savedAt" DESC LIMIT 1
    ) cur ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.answer IS NOT NULL AND r.answer <> 'null'::jsonb)::int AS answered FROM "Response" r
      WHERE latest.status = 'IN_PROGRESS' AND r."attemptId" = latest.id
    ) work ON latest.status = 'IN_PROGRESS'
    WHERE e."classId" = ${assignment.classId}
    ORDER BY u.name, u.email, u.id`;

  const now = new Date();
  const live = rows.map((row): LiveRow => {
    const state = liveState(row.status ? { status: row.status, deadlineAt: row.attemptDeadline } : null, now);
    const open = state === "working" || state === "time-up";
    return {
      studentId: row.studentId,
      name: row.name,
      email: row.email,
      state,
      attemptsUsed: row.used,
      currentPosition: open ? row.position : null,
      answered: open ? (row.answered ?? 0) : null,
      lastSavedAt: open && row.savedAt ? row.savedAt.toISOString() : null,
      deadlineAt: open ? (row.attemptDeadline?.toISOString() ?? null) : state === "not-started" ? (row.dueAt?.toISOString() ?? null) : null,
      submittedAttemptId: row.submittedId,
      score: row.score,
      maxScore: row.maxScore,
    };
  });
  return {
    assignment: { id: assignment.id, title: assignment.title, classId: assignment.classId, className: assignment.class.name, dueAt: assignment.dueAt.toISOString() },
    questionCount: assignment._count.items,
    generatedAt: now.toISOString(),
    counts: countStates(live.map((row) => row.state)),
    rows: live,
  };
}
