// quiz_page_p95_ms: the taking page (/attempts/<id>?q=1, server-rendered, signed in) at 20
// concurrent students, each on their own attempt of the 39-question set.
import type { AppUnderTest } from "./app-under-test";
import { prepareSavers, type Saver } from "./autosave";
import { runWithStudentPool } from "./student-pool";

async function run(app: AppUnderTest, students: Saver[], seconds: number) {
  const result = await runWithStudentPool({
    baseUrl: app.baseUrl,
    students,
    seconds,
    method: "GET",
    request: (student) => ({ path: `/attempts/${student.attemptId}?q=1`, headers: { cookie: student.cookie } }),
  });
  // autocannon reports p90 and p97.5 but not p95: the midpoint of the two stands in for it.
  return { ...result, p95: Math.round((result.p90 + result.p97_5) / 2) };
}

export async function benchQuizPage(app: AppUnderTest, options: { seconds: number; connections: number; runs: number }) {
  const students = await prepareSavers(app, options.connections, "page");
  await run(app, students, 3); // warm-up
  const runs = [];
  for (let i = 0; i < options.runs; i++) runs.push(await run(app, students, options.seconds));
  runs.sort((a, b) => a.p95 - b.p95);
  const median = runs[Math.floor(runs.length / 2)];
  return [
    {
      name: "quiz_page_p95_ms",
      value: median.p95,
      unit: "ms",
      p50_ms: median.p50,
      rps: Math.round(median.rps),
      errors: median.errors,
      statuses: median.statuses,
      connections: options.connections,
      runs: runs.map((r) => r.p95),
      note: "p95 interpolated between autocannon's p90 and p97.5",
    },
  ];
}
