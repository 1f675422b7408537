// The teaching benchmarks' data: one class of 1,000 students with 40 assignments of a
// 10-question set, every student with a submitted attempt at each (400,000 responses), and one
// more open assignment where all 1,000 are working. Written in bulk SQL (a few seconds), with
// each answer the key's own answer or a wrong one, scored by the question types' own rules, so
// the gradebook and item analysis read realistic rows.
import pg from "pg";
import { questionTypes, type QuestionType } from "../../lib/domain/question-types";
import { encodeSession, freshClaims } from "../../lib/identity/token";
import { session } from "../../lib/identity/config";

export type TeachingLoad = { teacherCookie: string; classId: string; assignmentId: string; liveAssignmentId: string; students: number; assignments: number };

type Version = { id: string; type: QuestionType; key: unknown; options: { choices?: { id: string }[] } | null; points: number };

/** The key's answer and, for choice questions, one wrong answer, with their scores. */
function candidateAnswers(version: Version): { answer: unknown; score: number }[] {
  const definition = questionTypes[version.type] as unknown as {
    keyAnswer: (key: unknown) => unknown;
    score: (key: unknown, answer: unknown) => number;
  };
  const right = definition.keyAnswer(version.key);
  const candidates = [{ answer: right, score: definition.score(version.key, right) * version.points }];
  const wrongChoice = version.options?.choices?.find((c) => c.id !== (version.key as { correct?: string }).correct);
  if (version.type === "SINGLE_CHOICE" && wrongChoice) candidates.push({ answer: { choice: wrongChoice.id }, score: 0 });
  return candidates;
}

export async function seedTeachingLoad(databaseUrl: string, authSecret: string, size = { students: 1000, assignments: 40, questions: 10 }): Promise<TeachingLoad> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const teacher = (
      await client.query(`INSERT INTO "User" (id, email, name, roles, "updatedAt") VALUES ('benchteacher0001', 'bench-teacher@cited.test', 'Bench Teacher', '{TEACHER}', now()) RETURNING id`)
    ).rows[0].id as string;
    const classId = "benchclass000001";
    await client.query(`INSERT INTO "Class" (id, name, "teacherId", "joinCode") VALUES ($1, 'Bench year group', $2, 'BENCHYR1')`, [classId, teacher]);
    await client.query(
      `INSERT INTO "User" (id, email, name, roles, "updatedAt")
       SELECT 'benchstudent' || lpad(i::text, 5, '0'), 'bench-student-' || i || '@cited.test', 'Student ' || lpad(i::text, 4, '0'), '{STUDENT}', now()
       FROM generate_series(1, $1::int) AS i`,
      [size.students],
    );
    await client.query(`INSERT INTO "Enrollment" ("classId", "userId") SELECT $1, id FROM "User" WHERE id LIKE 'benchstudent%'`, [classId]);

    // A 10-question set of published questions, in the seed's order.
    const questions = (
      await client.query(
        `SELECT q.id FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
         WHERE q.status = 'PUBLISHED' ORDER BY q.code LIMIT $1`,
        [size.questions],
      )
    ).rows as { id: string }[];
    await client.query(`INSERT INTO "QuizSet" (id, slug, title, status, "ownerId", "updatedAt") VALUES ('benchset00000001', 'bench-set', 'Bench set', 'PUBLISHED', $1, now())`, [teacher]);
    for (const [position, question] of questions.entries()) {
      await client.query(`INSERT INTO "QuizItem" (id, "quizSetId", "questionId", position) VALUES ($1, 'benchset00000001', $2, $3)`, [`benchitem${position}00000`, question.id, position]);
    }

    await client.query(
      `INSERT INTO "Assignment" (id, "classId", "quizSetId", title, "opensAt", "dueAt", "updatedAt")
       SELECT 'benchassign' || lpad(i::text, 5, '0'), $1, 'benchset00000001', 'Bench assignment ' || i, now() - interval '60 days', now() - interval '1 day' + i * interval '1 hour', now()
       FROM generate_series(1, $2::int) AS i`,
      [classId, size.assignments],
    );
    const liveAssignmentId = "benchassignlive1";
    await client.query(
      `INSERT INTO "Assignment" (id, "classId", "quizSetId", title, "opensAt", "dueAt", "timeLimitSeconds", "updatedAt")
       VALUES ($1, $2, 'benchset00000001', 'Bench exam in progress', now() - interval '10 minutes', now() + interval '1 day', 3600, now())`,
      [liveAssignmentId, classId],
    );

    // Every (version, candidate answer, score), for SQL to pick from per response.
    const versions = (
      await client.query(
        `SELECT v.id, v.type, v.key, v.options, v.points, i.position FROM "AssignmentItem" i JOIN "QuestionVersion" v ON v.id = i."questionVersionId"
         WHERE i."assignmentId" = 'benchassign00001' ORDER BY i.position`,
      )
    ).rows as (Version & { position: number })[];
    await client.query(`CREATE TEMP TABLE bench_candidates (position int, pick int, answer jsonb, score numeric(10,2), points int) ON COMMIT DROP`);
    for (const version of versions) {
      const candidates = candidateAnswers(version);
      for (const [pick, candidate] of candidates.entries()) {
        await client.query(`INSERT INTO bench_candidates VALUES ($1, $2, $3, $4, $5)`, [version.position, pick, JSON.stringify(candidate.answer), candidate.score, version.points]);
      }
    }
    const maxScore = versions.reduce((sum, v) => sum + v.points, 0);

    // Submitted attempts: each student has an ability; a response is right with that chance
    // (hash-based, so runs are repeatable), else the wrong candidate or blank.
    await client.query(
      `INSERT INTO "Attempt" (id, "userId", "assignmentId", "quizSetId", number, status, "startedAt", "submittedAt", score, "maxScore")
       SELECT 'ba' || substr(md5(a.id || u.id), 1, 22), u.id, a.id, a."quizSetId", 1, 'SUBMITTED', a."opensAt" + interval '1 hour', a."opensAt" + interval '90 minutes', 0, $2
       FROM "Assignment" a CROSS JOIN "Enrollment" e JOIN "User" u ON u.id = e."userId"
       WHERE a."classId" = $1 AND e."classId" = $1 AND a.id <> $3`,
      [classId, maxScore, liveAssignmentId],
    );
    await client.query(
      `INSERT INTO "Response" (id, "attemptId", position, "questionVersionId", answer, score, correct, "savedAt")
       SELECT 'br' || substr(md5(t.id || i.position), 1, 22), t.id, i.position, i."questionVersionId",
              c.answer, coalesce(c.score, 0), coalesce(c.score = c.points, false), t."submittedAt"
       FROM "Attempt" t
       JOIN "AssignmentItem" i ON i."assignmentId" = t."assignmentId"
       CROSS JOIN LATERAL (
         SELECT (('x' || substr(md5(t."userId"), 1, 4))::bit(16)::int % 100) / 100.0 AS ability,
                (('x' || substr(md5(t.id || i.position), 1, 4))::bit(16)::int % 100) / 100.0 AS roll
       ) r
       LEFT JOIN bench_candidates c ON c.position = i.position AND c.pick = CASE WHEN r.roll < 0.35 + 0.6 * r.ability THEN 0 WHEN r.roll > 0.95 THEN -1 ELSE 1 END
       WHERE t."assignmentId" LIKE 'benchassign%' AND t."assignmentId" <> $1`,
      [liveAssignmentId],
    );
    // Statistics for the rows just written (this transaction's own rows count): planned on the
    // empty tables' figures, the update below joined 40,000 attempts to 400,000 responses in a
    // nested loop and ran for many minutes once autovacuum had analysed the small tables.
    await client.query(`ANALYZE "Attempt", "Response"`);
    await client.query(
      `UPDATE "Attempt" t SET score = s.total FROM (SELECT "attemptId", sum(score) AS total FROM "Response" GROUP BY "attemptId") s
       WHERE s."attemptId" = t.id AND t."assignmentId" LIKE 'benchassign%'`,
    );

    // The open exam: everyone working, a few answers saved each, the last a minute ago or less.
    await client.query(
      `INSERT INTO "Attempt" (id, "userId", "assignmentId", "quizSetId", number, status, "startedAt", "deadlineAt", sequence)
       SELECT 'bl' || substr(md5(u.id), 1, 22), u.id, $2, 'benchset00000001', 1, 'IN_PROGRESS', now() - interval '5 minutes', now() + interval '55 minutes', 3
       FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1`,
      [classId, liveAssignmentId],
    );
    await client.query(
      `INSERT INTO "Response" (id, "attemptId", position, "questionVersionId", answer, "savedAt")
       SELECT 'bq' || substr(md5(t.id || i.position), 1, 22), t.id, i.position, i."questionVersionId",
              CASE WHEN i.position < 3 THEN c.answer END, CASE WHEN i.position < 3 THEN now() - (i.position * interval '20 seconds') END
       FROM "Attempt" t JOIN "AssignmentItem" i ON i."assignmentId" = t."assignmentId"
       LEFT JOIN bench_candidates c ON c.position = i.position AND c.pick = 0
       WHERE t."assignmentId" = $1`,
      [liveAssignmentId],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE`);
    const { token } = await encodeSession(freshClaims(teacher, 0), authSecret);
    return { teacherCookie: `${session.cookie}=${token}`, classId, assignmentId: "benchassign00001", liveAssignmentId, students: size.students, assignments: size.assignments };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
