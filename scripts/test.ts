// `npm test`: type check, lint, unit tests, integration tests on a real PostgreSQL, Playwright
// end-to-end tests against the built app, and the crash check (kill -9 of the app and of the
// database loses no confirmed save). `npm test -- unit e2e` runs some layers.
// Ends with one line "tests: N passed, N failed" summed over the test runners.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/database";
import { openTestDatabases, type TestDatabases } from "./lib/test-database";
import { applyMigrations } from "./lib/schema-engine";
import { findFreePort } from "./lib/ports";
import { needsBuild, runNextBuild } from "./lib/build";
import { startApp } from "./lib/app-process";
import { seed } from "../prisma/seed";

const layers = ["typecheck", "lint", "unit", "integration", "e2e", "durability"] as const;
type Layer = (typeof layers)[number];
const resultsDir = path.join(projectRoot, "test-results");
const totals = { passed: 0, failed: 0, skipped: 0 };
// One throw-away session secret per run, shared by the app under test and the test helpers
// that sign a role in directly.
const authSecret = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, AUTH_SECRET: authSecret, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests;
}

/** Counts a Playwright run; returns how many tests passed only on a retry ("flaky"). */
function countPlaywright(file: string): number {
  if (!existsSync(file)) return 0;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  // A test that passes only on a retry is a failure: a retry would hide the next flaky test.
  totals.passed += report.stats.expected;
  totals.failed += report.stats.unexpected + report.stats.flaky;
  totals.skipped += report.stats.skipped;
  return report.stats.flaky;
}

// `npm test -- integration --only classes` runs the Vitest files whose path contains "classes".
const onlyIndex = process.argv.indexOf("--only");
const vitestFilter = onlyIndex > 0 && process.argv[onlyIndex + 1] ? [process.argv[onlyIndex + 1]] : [];

async function vitest(project: "unit" | "integration", env: Record<string, string> = {}) {
  const output = path.join(resultsDir, `vitest-${project}.json`);
  const args = ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`, ...vitestFilter];
  const code = await run(bin("vitest"), args, env);
  countVitest(output);
  return code;
}

async function preparedDatabase(databases: TestDatabases, label: string) {
  const url = await databases.create(label);
  await applyMigrations(url);
  await seed(url, { demo: true });
  return url;
}

async function e2e(databases: TestDatabases) {
  const url = await preparedDatabase(databases, "e2e");
  if (needsBuild(projectRoot)) await runNextBuild(projectRoot);
  const port = await findFreePort(3100);
  // Two web workers, whatever the machine: the journeys then cross workers as they do in
  // production (a session made by one is read by the other, limits count across both), while a
  // many-core CI machine does not start dozens of Next servers and pools for one test run.
  const app = await startApp({ port, env: { DATABASE_URL: url, AUTH_SECRET: authSecret, WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "2" } });
  const server = app.child;
  try {
    const baseUrl = app.baseUrl;
    const output = path.join(resultsDir, "playwright.json");
    // Anything after `--e2e-args` goes to Playwright: `npm test -- e2e --e2e-args -g "lost reply"`.
    const extra = process.argv.includes("--e2e-args") ? process.argv.slice(process.argv.indexOf("--e2e-args") + 1) : [];
    const code = await run(bin("playwright"), ["test", ...extra], { BASE_URL: baseUrl, DATABASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: output });
    const flaky = countPlaywright(output);
    if (flaky > 0) console.error(`${flaky} end-to-end test(s) passed only on a retry: counted as failed.`);
    return flaky > 0 ? 1 : code;
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  const own = process.argv.includes("--e2e-args") ? process.argv.slice(2, process.argv.indexOf("--e2e-args")) : process.argv.slice(2);
  const asked = own.filter((arg, i) => !arg.startsWith("-") && own[i - 1] !== "--only");
  const unknown = asked.filter((arg) => !layers.includes(arg as Layer));
  if (unknown.length) throw new Error(`Unknown test layer(s): ${unknown.join(", ")}. Layers: ${layers.join(", ")}.`);
  const selected = asked.length ? (asked as Layer[]) : [...layers];
  mkdirSync(resultsDir, { recursive: true });
  const needsDatabase = selected.some((layer) => layer === "integration" || layer === "e2e");
  const databases = needsDatabase ? await openTestDatabases() : null;
  const failedLayers: string[] = [];
  try {
    for (const layer of selected) {
      const started = Date.now();
      console.log(`\n── ${layer} ──`);
      let code: number;
      switch (layer) {
        case "typecheck":
          code = await run(bin("tsc"), ["--noEmit"]);
          break;
        case "lint":
          code = await run(bin("eslint"), ["--max-warnings", "0", "."]);
          break;
        case "unit":
          code = await vitest("unit");
          break;
        case "integration":
          code = await vitest("integration", { DATABASE_URL: await preparedDatabase(databases!, "integration") });
          break;
        case "e2e":
          code = await e2e(databases!);
          break;
        case "durability":
          // Its own databases and server; counted as one check.
          code = await run(bin("tsx"), ["scripts/check-durability.ts"]);
          totals[code === 0 ? "passed" : "failed"]++;
          break;
      }
      console.log(`── ${layer}: ${code === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (code !== 0) failedLayers.push(layer);
    }
  } finally {
    await databases?.dispose();
  }
  if (failedLayers.length) console.error(`\nFailed: ${failedLayers.join(", ")}`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed + (failedLayers.length && !totals.failed ? 1 : 0)} failed${skipped}`);
  process.exit(failedLayers.length ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
