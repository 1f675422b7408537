// quiz_page_p95_ms: the taking page, one question per screen (/attempts/<id>?q=1,
// server-rendered, signed in), at 20 students back to back, each on their own attempt of the
// 39-question set. quiz_page_all_p95_ms: the same students on the all-on-one-page view
// (?view=all, all 39 questions), measured after it in the same run.
import type { AppUnderTest } from "./app-under-test";
import { prepareSavers, type Saver } from "./autosave";
import { runWithStudentPool } from "./student-pool";

const views = [
  { name: "quiz_page_p95_ms", query: "q=1", what: "one question per screen" },
  { name: "quiz_page_all_p95_ms", query: "view=all", what: "all 39 questions on one page" },
] as const;

async function run(app: AppUnderTest, students: Saver[], seconds: number, query: string) {
  const result = await runWithStudentPool({
    baseUrl: app.baseUrl,
    students,
    seconds,
    method: "GET",
    request: (student) => ({ path: `/attempts/${student.attemptId}?${query}`, headers: { cookie: student.cookie } }),
  });
  // autocannon reports p90 and p97.5 but not p95: the midpoint of the two stands in for it.
  return { ...result, p95: Math.round((result.p90 + result.p97_5) / 2) };
}

export async function benchQuizPage(app: AppUnderTest, options: { seconds: number; connections: number; runs: number }) {
  const students = await prepareSavers(app, options.connections, "page");
  const figures = [];
  for (const view of views) {
    await run(app, students, 3, view.query); // warm-up
    const runs = [];
    for (let i = 0; i < options.runs; i++) runs.push(await run(app, students, options.seconds, view.query));
    runs.sort((a, b) => a.p95 - b.p95);
    const median = runs[Math.floor(runs.length / 2)];
    figures.push({
      name: view.name,
      value: median.p95,
      unit: "ms",
      view: view.what,
      p50_ms: median.p50,
      rps: Math.round(median.rps),
      errors: median.errors,
      statuses: median.statuses,
      connections: options.connections,
      runs: runs.map((r) => r.p95),
      note: "p95 interpolated between autocannon's p90 and p97.5",
    });
  }
  return figures;
}
