// The class rush's data: one teacher, one class of `students` students (all with the same
// password, hashed once), and one open, timed assignment of a 10-question set. Written in bulk
// SQL (a second or two), with ids of its own ("rush…") so that it can sit beside the teaching
// benchmarks' class in the same run. Each position's right answer comes from its question type's
// own keyAnswer, so the saves are answers the app accepts, as a student's would be.
import pg from "pg";
import { hashPassword } from "../../lib/identity/password";
import { questionTypes, type QuestionType } from "../../lib/domain/question-types";

export type ClassRush = {
  assignmentId: string;
  students: { email: string }[];
  password: string;
  /** The answer a student saves at each position (0-based), as the autosave route takes it. */
  answers: unknown[];
};

export const rushPassword = "rush-hour-password-2026";

export async function seedClassRush(databaseUrl: string, size = { students: 1000, questions: 10, timeLimitSeconds: 1800 }): Promise<ClassRush> {
  const passwordHash = await hashPassword(rushPassword);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "User" (id, email, name, roles, "updatedAt") VALUES ('rushteacher00001', 'rush-teacher@cited.test', 'Rush Teacher', '{TEACHER}', now())`);
    await client.query(`INSERT INTO "Class" (id, name, "teacherId", "joinCode") VALUES ('rushclass0000001', 'Rush class', 'rushteacher00001', 'RUSHCLS1')`);
    await client.query(
      `INSERT INTO "User" (id, email, name, roles, "passwordHash", "updatedAt")
       SELECT 'rushstudent' || lpad(i::text, 5, '0'), 'rush-student-' || i || '@cited.test', 'Rush student ' || lpad(i::text, 4, '0'), '{STUDENT}', $2, now()
       FROM generate_series(1, $1::int) AS i`,
      [size.students, passwordHash],
    );
    await client.query(`INSERT INTO "Enrollment" ("classId", "userId") SELECT 'rushclass0000001', id FROM "User" WHERE id LIKE 'rushstudent%'`);
    const questions = (
      await client.query(
        `SELECT q.id FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
         WHERE q.status = 'PUBLISHED' ORDER BY q.code LIMIT $1`,
        [size.questions],
      )
    ).rows as { id: string }[];
    if (questions.length < size.questions) throw new Error(`The seed has ${questions.length} published questions; the rush needs ${size.questions}.`);
    await client.query(`INSERT INTO "QuizSet" (id, slug, title, status, "ownerId", "updatedAt") VALUES ('rushset000000001', 'rush-set', 'Rush set', 'PUBLISHED', 'rushteacher00001', now())`);
    for (const [position, question] of questions.entries()) {
      await client.query(`INSERT INTO "QuizItem" (id, "quizSetId", "questionId", position) VALUES ($1, 'rushset000000001', $2, $3)`, [`rushitem${position}000000`, question.id, position]);
    }
    // Open a minute ago, due tomorrow, one attempt, a time limit; questions in the set's order
    // (so position i is item i), options shuffled per student as by default.
    await client.query(
      `INSERT INTO "Assignment" (id, "classId", "quizSetId", title, "opensAt", "dueAt", "maxAttempts", "timeLimitSeconds", "reviewPolicy", "shuffleQuestions", "updatedAt")
       VALUES ('rushassign000001', 'rushclass0000001', 'rushset000000001', 'Rush exam', now() - interval '1 minute', now() + interval '1 day', 1, $1, 'IMMEDIATELY', false, now())`,
      [size.timeLimitSeconds],
    );
    // The trigger Assignment_freeze_items has frozen the items' versions.
    const versions = (
      await client.query(
        `SELECT v.type, v.key FROM "AssignmentItem" i JOIN "QuestionVersion" v ON v.id = i."questionVersionId"
         WHERE i."assignmentId" = 'rushassign000001' ORDER BY i.position`,
      )
    ).rows as { type: QuestionType; key: unknown }[];
    const answers = versions.map((version) => (questionTypes[version.type] as unknown as { keyAnswer: (key: unknown) => unknown }).keyAnswer(version.key));
    await client.query("COMMIT");
    await client.query(`ANALYZE`);
    return {
      assignmentId: "rushassign000001",
      students: Array.from({ length: size.students }, (_, i) => ({ email: `rush-student-${i + 1}@cited.test` })),
      password: rushPassword,
      answers,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
