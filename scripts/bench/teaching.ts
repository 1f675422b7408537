// gradebook_ms, item_analysis_ms and live_view_ms: the teacher's pages on a class of 1,000
// students × 40 assignments (scripts/bench/teaching-load.ts), timed one request at a time from
// sending to the last byte (on this machine that is the server's time plus a loopback hop).
// Each figure is the median of 15 requests after 3 warm-ups; p95 is reported beside it.
import type { AppUnderTest } from "./app-under-test";
import { seedTeachingLoad, type TeachingLoad } from "./teaching-load";

let load: Promise<TeachingLoad> | null = null;
const loaded = (app: AppUnderTest) => (load ??= seedTeachingLoad(app.databaseUrl, app.authSecret));

async function timed(app: AppUnderTest, cookie: string, path: string, samples = 15, warmups = 3) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmups + samples; i++) {
    const started = performance.now();
    const response = await fetch(new URL(path, app.baseUrl), { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 200)}`);
    bytes = body.length;
    if (i >= warmups) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  return { median: at(0.5), p95: at(0.95), bytes, samples };
}

async function figure(name: string, app: AppUnderTest, path: (load: TeachingLoad) => string, what: string) {
  const data = await loaded(app);
  const result = await timed(app, data.teacherCookie, path(data));
  return [{ name, value: result.median, unit: "ms", p95_ms: result.p95, samples: result.samples, bytes: result.bytes, students: data.students, assignments: data.assignments, what }];
}

export const benchGradebook = (app: AppUnderTest) =>
  figure("gradebook_ms", app, (d) => `/teach/classes/${d.classId}/gradebook`, "the gradebook page (first page of students, averages and distributions over all)");

export const benchItemAnalysis = (app: AppUnderTest) =>
  figure("item_analysis_ms", app, (d) => `/teach/assignments/${d.assignmentId}/analysis`, "item analysis of an assignment with 1,000 submitted attempts");

export const benchLiveView = (app: AppUnderTest) =>
  figure("live_view_ms", app, (d) => `/api/teach/assignments/${d.liveAssignmentId}/live`, "one refresh of the live view (JSON) with 1,000 students working");
