// quiz_page_p95_ms: the taking page (/attempts/<id>?q=1, server-rendered, signed in) at 20
// concurrent students, each on their own attempt of the 39-question set.
import autocannon from "autocannon";
import type { AppUnderTest } from "./app-under-test";
import { prepareSavers, type Saver } from "./autosave";

async function run(app: AppUnderTest, students: Saver[], seconds: number) {
  const free = [...students];
  const statuses: Record<number, number> = {};
  const result = await autocannon({
    url: app.baseUrl,
    connections: students.length,
    duration: seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context: object) => {
          const student = free.pop()!;
          (context as { student?: Saver }).student = student;
          return { ...request, path: `/attempts/${student.attemptId}?q=1`, headers: { cookie: student.cookie } };
        },
        onResponse: (status, _body, context: object) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          free.push((context as { student: Saver }).student);
        },
      },
    ],
  });
  // autocannon reports p90 and p97.5 but not p95: the midpoint of the two stands in for it.
  const p95 = Math.round((result.latency.p90 + result.latency.p97_5) / 2);
  return { p95, p50: result.latency.p50, rps: result.requests.average, errors: result.errors + result.non2xx, statuses };
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
