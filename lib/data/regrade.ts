import "server-only";
// Regrading an assignment to corrected versions of its questions. An assignment freezes the
// versions it gives (AssignmentItem); when a question's current version has moved on (same
// type, published), the teacher previews what the new key would change and then applies it in
// one transaction: the item, every response on the old version (scores, notes; a teacher's
// override stands), and each submitted attempt's total (a deferred trigger checks that it is
// the sum of its responses). Nothing pending → nothing happens, so regrading twice is harmless.
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseStoredQuestion, questionText } from "@/lib/domain/questions";
import { cents, fromCents, regradeNote, rescore } from "@/lib/domain/regrade";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { recordAudit } from "./audit";
import { forgetCachedQuestions } from "./autosave";
import { assignmentWhereTaughtBy } from "./teaching-access";

type Client = Prisma.TransactionClient;

const versionSelect = { id: true, version: true, type: true, stem: true, options: true, key: true, feedback: true, points: true } as const;

export type VersionView = { id: string; version: number; stem: string; text: string; points: number };

export type RegradeRow = {
  responseId: string;
  attemptId: string;
  studentId: string;
  studentName: string;
  attemptNumber: number;
  submitted: boolean;
  answered: boolean;
  /** Submitted attempts only (an open one is scored at submit, under the new key). */
  oldScore: number | null;
  newScore: number | null;
  correct: boolean | null;
  overridden: boolean;
  unparseable: boolean;
  note: string | null;
};

export type RegradeQuestion = {
  position: number;
  questionId: string;
  code: string | null;
  from: VersionView;
  to: VersionView;
  rows: RegradeRow[];
  changed: number;
  unparseable: number;
};

export type AttemptTotal = {
  attemptId: string;
  studentName: string;
  attemptNumber: number;
  before: number;
  after: number;
  maxBefore: number;
  maxAfter: number;
};

export type RegradePreview = {
  assignment: { id: string; title: string; classId: string };
  questions: RegradeQuestion[];
  totals: AttemptTotal[];
  /** Questions with a newer version that cannot be regraded automatically, and why. */
  skipped: { position: number; code: string | null; reason: string }[];
};

async function findAssignment(client: Client, actor: Viewer | null, assignmentId: string) {
  const where = assignmentWhereTaughtBy(actor);
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const assignment = await client.assignment.findFirst({ where: { id: assignmentId, ...where }, select: { id: true, title: true, classId: true } });
  if (!assignment) throw new NotFoundError("That assignment");
  return assignment;
}

type Version = Prisma.QuestionVersionGetPayload<{ select: typeof versionSelect }>;

function view(version: Version): VersionView {
  const content = parseStoredQuestion(version);
  return { id: version.id, version: version.version, stem: version.stem, text: questionText(version.stem, content), points: version.points };
}

/** What a regrade would do now: read with `client` (inside the regrade's transaction when applying). */
async function plan(client: Client, assignment: { id: string; title: string; classId: string }): Promise<RegradePreview> {
  const items = await client.assignmentItem.findMany({
    where: { assignmentId: assignment.id },
    orderBy: { position: "asc" },
    select: {
      position: true,
      questionVersion: {
        select: {
          ...versionSelect,
          question: { select: { id: true, code: true, status: true, currentVersionId: true, currentVersion: { select: versionSelect } } },
        },
      },
    },
  });
  const skipped: RegradePreview["skipped"] = [];
  const pending = items.flatMap(({ position, questionVersion: old }) => {
    const { question } = old;
    const next = question.currentVersion;
    if (question.status !== "PUBLISHED" || !next || next.id === old.id || next.version <= old.version) return [];
    if (next.type !== old.type) {
      skipped.push({ position, code: question.code, reason: "Its new version is of another type: make a new assignment for it." });
      return [];
    }
    return [{ position, question, old, next }];
  });

  const responses = pending.length
    ? await client.response.findMany({
        where: { questionVersionId: { in: pending.map((p) => p.old.id) }, attempt: { assignmentId: assignment.id } },
        orderBy: [{ attempt: { user: { name: "asc" } } }, { attempt: { number: "asc" } }],
        select: {
          id: true,
          questionVersionId: true,
          answer: true,
          score: true,
          overriddenAt: true,
          attempt: { select: { id: true, number: true, status: true, score: true, maxScore: true, user: { select: { id: true, name: true } } } },
        },
      })
    : [];

  const totals = new Map<string, AttemptTotal>();
  const questions = pending.map(({ position, question, old, next }): RegradeQuestion => {
    const content = parseStoredQuestion(next);
    const rows = responses
      .filter((r) => r.questionVersionId === old.id)
      .map((r): RegradeRow => {
        const submitted = r.attempt.status === "SUBMITTED";
        const overridden = r.overriddenAt !== null;
        const machine = rescore(content, r.answer, next.points);
        const oldScore = submitted ? Number(r.score ?? 0) : null;
        const newScore = submitted ? (overridden ? oldScore! : machine.score) : null;
        if (submitted) {
          const total = totals.get(r.attempt.id) ?? {
            attemptId: r.attempt.id,
            studentName: r.attempt.user.name,
            attemptNumber: r.attempt.number,
            before: Number(r.attempt.score ?? 0),
            after: Number(r.attempt.score ?? 0),
            maxBefore: Number(r.attempt.maxScore ?? 0),
            maxAfter: Number(r.attempt.maxScore ?? 0),
          };
          total.after = fromCents(cents(total.after) - cents(oldScore!) + cents(newScore!));
          total.maxAfter = total.maxAfter - old.points + next.points;
          totals.set(r.attempt.id, total);
        }
        return {
          responseId: r.id,
          attemptId: r.attempt.id,
          studentId: r.attempt.user.id,
          studentName: r.attempt.user.name,
          attemptNumber: r.attempt.number,
          submitted,
          answered: r.answer !== null,
          oldScore,
          newScore,
          correct: submitted ? (overridden ? null : machine.correct) : null,
          overridden,
          unparseable: machine.unparseable,
          note: submitted ? regradeNote({ version: next.version, before: oldScore!, after: newScore!, overridden, unparseable: machine.unparseable }) : null,
        };
      });
    return {
      position,
      questionId: question.id,
      code: question.code,
      from: view(old),
      to: view(next),
      rows,
      changed: rows.filter((row) => row.submitted && row.oldScore !== row.newScore).length,
      unparseable: rows.filter((row) => row.unparseable).length,
    };
  });
  return { assignment, questions, totals: [...totals.values()], skipped };
}

export async function previewRegrade(actor: Viewer | null, assignmentId: string): Promise<RegradePreview> {
  const client = db();
  return plan(client, await findAssignment(client, actor, assignmentId));
}

export type RegradeResult = { questions: number; responses: number; changed: number };

export async function regradeAssignment(actor: Viewer | null, assignmentId: string): Promise<RegradeResult> {
  return db().$transaction(async (tx) => {
    const assignment = await findAssignment(tx, actor, assignmentId);
    // One regrade at a time per assignment, and no submit or sweep scoring these attempts
    // meanwhile (closeAttempt locks the attempt row too).
    await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${assignment.id} FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM "Attempt" WHERE "assignmentId" = ${assignment.id} ORDER BY id FOR UPDATE`;
    const preview = await plan(tx, assignment);
    if (preview.questions.length === 0) return { questions: 0, responses: 0, changed: 0 };
    const over = preview.totals.find((t) => t.after > t.maxAfter);
    if (over) throw new ConflictError(`A teacher's score in ${over.studentName}'s attempt is above the corrected maximum: change that override first.`);

    for (const question of preview.questions) {
      await tx.assignmentItem.updateMany({ where: { assignmentId: assignment.id, questionVersionId: question.from.id }, data: { questionVersionId: question.to.id } });
      const scored = question.rows.filter((row) => row.submitted);
      const open = question.rows.filter((row) => !row.submitted).map((row) => row.responseId);
      if (scored.length) {
        await tx.$executeRaw`
          UPDATE "Response" r SET "questionVersionId" = ${question.to.id}, score = v.score, correct = v.correct,
            "regradedAt" = now(), "regradeNote" = v.note
          FROM unnest(${scored.map((row) => row.responseId)}::text[], ${scored.map((row) => row.newScore)}::numeric[],
                      ${scored.map((row) => row.correct)}::boolean[], ${scored.map((row) => row.note)}::text[]) AS v(id, score, correct, note)
          WHERE r.id = v.id`;
      }
      // Open attempts show the corrected question from now on and are scored by it at submit.
      if (open.length) await tx.$executeRaw`UPDATE "Response" SET "questionVersionId" = ${question.to.id} WHERE id = ANY(${open}::text[])`;
    }
    const attemptIds = preview.totals.map((t) => t.attemptId);
    if (attemptIds.length) {
      await tx.$executeRaw`
        UPDATE "Attempt" a SET
          score = (SELECT COALESCE(sum(r.score), 0) FROM "Response" r WHERE r."attemptId" = a.id),
          "maxScore" = (SELECT COALESCE(sum(qv.points), 0) FROM "Response" r JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId" WHERE r."attemptId" = a.id)
        WHERE a.id = ANY(${attemptIds}::text[]) AND a.status = 'SUBMITTED'`;
    }

    forgetCachedQuestions();
    const responses = preview.questions.reduce((n, q) => n + q.rows.length, 0);
    const changed = preview.questions.reduce((n, q) => n + q.changed, 0);
    const sum = (pick: (t: AttemptTotal) => number) => fromCents(preview.totals.reduce((n, t) => n + cents(pick(t)), 0));
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "assignment.regrade",
      entity: { type: "Assignment", id: assignment.id },
      before: {
        versions: preview.questions.map((q) => ({ position: q.position, questionId: q.questionId, version: q.from.version })),
        responses,
        totalScore: sum((t) => t.before),
        attempts: Object.fromEntries(preview.totals.map((t) => [t.attemptId, t.before])),
      },
      after: {
        versions: preview.questions.map((q) => ({ position: q.position, questionId: q.questionId, version: q.to.version })),
        responses,
        changed,
        totalScore: sum((t) => t.after),
        attempts: Object.fromEntries(preview.totals.map((t) => [t.attemptId, t.after])),
      },
    });
    return { questions: preview.questions.length, responses, changed };
  });
}
