// quiz_page_p95_ms: the taking page, one question per screen (/attempts/<id>?q=1,
// server-rendered, signed in), at 20 students back to back, each on their own attempt of the
// whole-article set. quiz_page_all_p95_ms: the same students on the all-on-one-page view
// (?view=all, every question), measured after it in the same run. page_floor_p95_ms: the same
// 20 clients on the lightest page there is, /sign-in without a session (the proxy, the layout
// and a small form, no query): what any server-rendered page of this app costs at best, the
// floor for the other two, as autosave_minimal_rps is for autosave.
import type { AppUnderTest } from "./app-under-test";
import { prepareSavers, type Saver } from "./autosave";
import { runWithStudentPool } from "./student-pool";

type View = { name: string; what: string; request: (student: Saver) => { path: string; headers: Record<string, string> } };

const views: View[] = [
  {
    name: "quiz_page_p95_ms",
    what: "one question per screen",
    request: (student) => ({ path: `/attempts/${student.attemptId}?q=1`, headers: { cookie: student.cookie } }),
  },
  {
    name: "quiz_page_all_p95_ms",
    what: "every question on one page",
    request: (student) => ({ path: `/attempts/${student.attemptId}?view=all`, headers: { cookie: student.cookie } }),
  },
  {
    name: "page_floor_p95_ms",
    what: "the floor: /sign-in without a session (proxy, layout, a small form, no query)",
    request: () => ({ path: "/sign-in", headers: {} }),
  },
];

async function run(app: AppUnderTest, students: Saver[], seconds: number, view: View) {
  const result = await runWithStudentPool({ baseUrl: app.baseUrl, students, seconds, method: "GET", request: view.request });
  // autocannon reports p90 and p97.5 but not p95: the midpoint of the two stands in for it.
  return { ...result, p95: Math.round((result.p90 + result.p97_5) / 2) };
}

export async function benchQuizPage(app: AppUnderTest, options: { seconds: number; connections: number; runs: number }) {
  const students = await prepareSavers(app, options.connections, "page");
  const figures = [];
  for (const view of views) {
    await run(app, students, 3, view); // warm-up
    const runs = [];
    for (let i = 0; i < options.runs; i++) runs.push(await run(app, students, options.seconds, view));
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
