// class_burst_s: a class rush. 1,000 students, each signed in through the app before the clock
// starts (POST /api/auth/sign-in, argon2 included, each from its own address), arrive evenly
// over 10 s at one timed assignment and do what a browser does:
//   open /assignments/<id> (HTML) → post its Start form → follow the redirect to the taking page
//   → for each of the 10 questions: load /attempts/<id>?q=N (HTML), think 1-3 s, autosave the
//   answer (PUT /api/attempts/<id>/responses/<position>, the JSON the page's script sends, with
//   the sequence the page rendered) → open the confirm page /attempts/<id>/submit → post its form
//   → follow the redirect to the review (HTML).
// Forms are posted as a browser without JavaScript posts them (the page works that way too);
// the start and submit actions run the same data functions either way. Static assets (CSS, JS)
// are not fetched: a browser has them cached after the first page.
// class_burst_s is first arrival to last review. An error is any failed request (4xx, 5xx, no
// answer, a page without what it should show), or, checked in the database at the end, a student
// whose attempt is not submitted with all 10 answers saved. One figure per request kind follows
// (class_burst_<kind>_ms: p50, p95, p99, count), and the load generator's own CPU use.
import pg from "pg";
import type { AppUnderTest } from "./app-under-test";
import { BrowserStudent, newRecorder, type Recorder, type RequestKind } from "./browser-student";
import { seedClassRush } from "./class-rush-load";

const kinds: RequestKind[] = ["page", "start", "save", "submit", "review"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const addressOf = (i: number) => `10.77.${(i >> 8) & 255}.${i & 255}`;

/** Signs every student in through the app, `concurrency` at a time; returns their browsers. */
async function signInAll(app: AppUnderTest, emails: string[], password: string, recorder: Recorder, concurrency: number) {
  const browsers = emails.map((_, i) => new BrowserStudent(app.baseUrl, recorder, addressOf(i)));
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const i = next++;
      const reply = await browsers[i].request("signin", "POST", "/api/auth/sign-in", { json: { email: emails[i], password } });
      if (!reply) throw new Error(`Signing in ${emails[i]} failed: ${JSON.stringify(recorder.failures.at(-1))}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return browsers;
}

/** One student's visit, from opening the assignment to reading the review. */
async function visit(student: BrowserStudent, assignmentId: string, answers: unknown[], random: () => number): Promise<boolean> {
  const assignment = await student.open("page", `/assignments/${assignmentId}`);
  if (!assignment) return false;
  let page = await student.submitForm("start", assignment, "assignmentId");
  if (!page) return false;
  const attemptId = /^\/attempts\/([a-z0-9]+)/.exec(page.path)?.[1];
  if (!attemptId) return student.fail("start", 0, page.path, "start did not lead to an attempt") ?? false;
  for (let position = 0; position < answers.length; position++) {
    if (position > 0) {
      page = await student.open("page", `/attempts/${attemptId}?q=${position + 1}`);
      if (!page) return false;
    }
    if (!page.html.includes(`id="question-${position + 1}"`)) return student.fail("page", 200, page.path, `question ${position + 1} is not on its page`) ?? false;
    const sequence = Number(/name="sequence" value="(\d+)"/.exec(page.html)?.[1]);
    if (!Number.isInteger(sequence)) return student.fail("page", 200, page.path, "no sequence on the taking page") ?? false;
    await sleep(1000 + random() * 2000);
    const saved = await student.request("save", "PUT", `/api/attempts/${attemptId}/responses/${position}`, { json: { answer: answers[position], sequence } });
    if (!saved) return false;
  }
  const confirm = await student.open("page", `/attempts/${attemptId}/submit`);
  if (!confirm) return false;
  const review = await student.submitForm("submit", confirm, "attemptId");
  if (!review) return false;
  if (!review.path.endsWith("/review")) return student.fail("submit", 0, review.path, "submit did not lead to the review") ?? false;
  return true;
}

/** Students whose attempt is not submitted with every answer saved (a lost save is an error). */
async function unpersisted(databaseUrl: string, assignmentId: string, questions: number): Promise<{ students: number; submitted: number; incomplete: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS students,
              count(*) FILTER (WHERE t.status = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE t.status IS DISTINCT FROM 'SUBMITTED' OR coalesce(s.answered, 0) <> $3)::int AS incomplete
       FROM "Enrollment" e
       JOIN "Assignment" a ON a."classId" = e."classId" AND a.id = $1
       LEFT JOIN "Attempt" t ON t."assignmentId" = a.id AND t."userId" = e."userId"
       LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE r.answer IS NOT NULL AND r.answer <> 'null'::jsonb)::int AS answered FROM "Response" r WHERE r."attemptId" = t.id) s ON true
       WHERE e."classId" = $2`,
      [assignmentId, "rushclass0000001", questions],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/** A seeded generator (mulberry32), so that think times are the same from run to run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10 : null);
  return { p50_ms: at(0.5), p95_ms: at(0.95), p99_ms: at(0.99), max_ms: at(1), count: sorted.length };
}

export async function benchClassBurst(app: AppUnderTest, options = { students: 1000, arrivalSeconds: 10, signInConcurrency: 8 }) {
  const rush = await seedClassRush(app.databaseUrl, { students: options.students, questions: 10, timeLimitSeconds: 1800 });
  const recorder = newRecorder();
  const signInStarted = performance.now();
  const browsers = await signInAll(app, rush.students.map((s) => s.email), rush.password, recorder, options.signInConcurrency);
  const signInSeconds = (performance.now() - signInStarted) / 1000;
  const signInTimes = recorder.timings.signin;

  // The clock starts here: from now on only the visits are recorded.
  Object.assign(recorder, newRecorder());
  const { timings, failures } = recorder;
  const random = seeded(20261126);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let finished = 0;
  const visits = browsers.map(async (browser, i) => {
    await sleep((i * options.arrivalSeconds * 1000) / options.students);
    if (await visit(browser, rush.assignmentId, rush.answers, random)) finished++;
  });
  await Promise.all(visits);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const check = await unpersisted(app.databaseUrl, rush.assignmentId, rush.answers.length);
  const failedStudents = options.students - finished;
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, failures.filter((f) => f.kind === kind).length]));

  return [
    {
      name: "class_burst_s",
      value: Math.round(elapsed * 10) / 10,
      unit: "s",
      // A student whose visit failed has one failed request and (of course) no submitted
      // attempt: counted once. A finished visit whose saves did not all land is an error too.
      errors: failures.length + Math.max(0, check.incomplete - failedStudents),
      students: options.students,
      finished,
      failed_students: failedStudents,
      request_errors: failures.length,
      request_errors_by_kind: byKind,
      not_persisted: check.incomplete,
      submitted_in_db: check.submitted,
      first_errors: failures.slice(0, 3),
      arrival_s: options.arrivalSeconds,
      questions: rush.answers.length,
      think_s: "1-3",
      signin_s: Math.round(signInSeconds * 10) / 10,
      signin_p50_ms: percentiles(signInTimes).p50_ms,
      loadgen_cpu_pct: Math.round(((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100),
    },
    ...kinds.map((kind) => ({ name: `class_burst_${kind}_ms`, value: percentiles(timings[kind]).p95_ms, unit: "ms", ...percentiles(timings[kind]), errors: byKind[kind] })),
  ];
}
