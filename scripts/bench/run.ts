// `npm run bench` (all) or `npm run bench -- signin_per_s`: builds and starts the app in
// production mode on a fresh database, measures, and prints one JSON object per line per figure.
import { startAppUnderTest } from "./app-under-test";
import { benchSignIn } from "./signin";
import { benchAutosave } from "./autosave";
import { benchQuizPage } from "./quiz-page";
import { benchClassBurst } from "./class-burst";
import { benchGradebook, benchItemAnalysis, benchLiveView } from "./teaching";

const benchmarks: Record<string, (app: Awaited<ReturnType<typeof startAppUnderTest>>) => Promise<object[]>> = {
  signin_per_s: (app) => benchSignIn(app, { seconds: 10, connections: 8, runs: 3 }),
  // Also reports quiz_page_all_p95_ms (the all-on-one-page view), same students, same run.
  quiz_page_p95_ms: (app) =>
    benchQuizPage(app, { seconds: Number(process.env.BENCH_SECONDS ?? 10), connections: 20, runs: Number(process.env.BENCH_RUNS ?? 3) }),
  autosave_rps: (app) => benchAutosave(app, { seconds: Number(process.env.BENCH_SECONDS ?? 10), connections: 50, runs: Number(process.env.BENCH_RUNS ?? 3) }),
  gradebook_ms: benchGradebook,
  item_analysis_ms: benchItemAnalysis,
  live_view_ms: benchLiveView,
  class_burst_s: (app) => benchClassBurst(app, { students: Number(process.env.BENCH_STUDENTS ?? 1000), arrivalSeconds: 10, signInConcurrency: 8 }),
};

async function main() {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = asked.filter((name) => !benchmarks[name]);
  if (unknown.length) throw new Error(`Unknown benchmark(s): ${unknown.join(", ")}. Known: ${Object.keys(benchmarks).join(", ")}.`);
  const app = await startAppUnderTest({ TRUSTED_IP_HEADER: "x-real-ip" });
  try {
    for (const name of asked.length ? asked : Object.keys(benchmarks)) {
      for (const figure of await benchmarks[name](app)) console.log(JSON.stringify(figure));
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
