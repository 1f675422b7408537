// Where a taking-page request's time goes: `npx tsx scripts/bench/quiz-page-profile.ts`.
// Starts the app as the benchmarks do, then times single requests one at a time (nothing else
// in flight) to pages that add one cost after another, prints each page's size and the share of
// it that is the inline RSC payload, and finally puts 20 students on each view for a few
// seconds. With PROFILE_DIR set, the app runs under `--cpu-prof` and writes its profile there on
// exit (summarise it with scripts/bench/cpu-profile-summary.ts). Diagnostic only: the figures
// to hold are `quiz_page_p95_ms` and `quiz_page_all_p95_ms` (scripts/bench/quiz-page.ts).
import path from "node:path";
import { startAppUnderTest } from "./app-under-test";
import { prepareSavers } from "./autosave";
import { runWithStudentPool } from "./student-pool";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function timeOne(baseUrl: string, path: string, cookie: string | null, count: number) {
  const times: number[] = [];
  let bytes = 0;
  let flight = 0;
  let status = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(baseUrl + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    const body = await response.text();
    times.push(performance.now() - started);
    status = response.status;
    bytes = body.length;
    // The inline RSC payload: the strings pushed into self.__next_f by the page's scripts.
    flight = [...body.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((sum, m) => sum + m[1].length, 0);
  }
  times.sort((a, b) => a - b);
  return { path, status, median_ms: +percentile(times, 0.5).toFixed(1), p90_ms: +percentile(times, 0.9).toFixed(1), bytes, flight_bytes: flight };
}

async function main() {
  const profileDir = process.env.PROFILE_DIR;
  const app = await startAppUnderTest({
    TRUSTED_IP_HEADER: "x-real-ip",
    ...(profileDir ? { NODE_OPTIONS: `--import ${path.join(import.meta.dirname, "cpu-profile-preload.mjs")}`, CPU_PROFILE_DIR: profileDir } : {}),
  });
  try {
    const students = await prepareSavers(app, 20, "profile");
    const [first] = students;
    const count = Number(process.env.PROFILE_REQUESTS ?? 40);
    // Warm every route once, so that no figure includes compiling a route's modules.
    for (const path of ["/api/health", "/sign-in", `/attempts/${first.attemptId}?q=1`, `/attempts/${first.attemptId}?view=all`]) {
      await timeOne(app.baseUrl, path, first.cookie, 3);
    }
    const steps = [
      ["route handler, no proxy, one query", "/api/health", null],
      ["page through the proxy, anonymous, no query", "/sign-in", null],
      ["signed in, attempt not found (proxy, session, one miss)", "/attempts/c000000000000000000000000", first.cookie],
      ["taking page, one question", `/attempts/${first.attemptId}?q=1`, first.cookie],
      ["taking page, all 39 questions", `/attempts/${first.attemptId}?view=all`, first.cookie],
    ] as const;
    for (const [what, path, cookie] of steps) console.log(JSON.stringify({ what, ...(await timeOne(app.baseUrl, path, cookie, count)) }));

    const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
    for (const view of ["q=1", "view=all"]) {
      const result = await runWithStudentPool({
        baseUrl: app.baseUrl,
        students,
        seconds,
        method: "GET",
        request: (student) => ({ path: `/attempts/${student.attemptId}?${view}`, headers: { cookie: student.cookie } }),
      });
      console.log(JSON.stringify({ what: `20 students back to back, ${view}`, rps: Math.round(result.rps), p50_ms: result.p50, p97_5_ms: result.p97_5, errors: result.errors }));
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
