// The app server's primary (scripts/lib/app-cluster.mjs), with stand-in workers that start in
// milliseconds (tests/helpers/cluster-fixture.mjs): a worker that dies is replaced, workers
// that keep dying as they start make it give up with a clear message, and SIGINT/SIGTERM stop
// every worker before the primary exits. No process outlives a test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/ports";
import { workersKeepCrashingExitCode } from "../../scripts/lib/app-cluster.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/helpers/cluster-fixture.mjs");
const started: ChildProcess[] = [];
const seen = new Set<number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function workersOf(primary: ChildProcess): number[] {
  const pids = spawnSync("ps", ["-o", "pid=", "--ppid", String(primary.pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
  for (const pid of pids) seen.add(pid);
  return pids;
}

function startPrimary(env: Record<string, string>) {
  const child = spawn(process.execPath, [fixture], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  const run = { child, output: "" };
  child.stdout!.on("data", (chunk: Buffer) => (run.output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (run.output += chunk.toString()));
  return run;
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of seen) if (alive(pid)) process.kill(pid, "SIGKILL");
  seen.clear();
});

describe("the app server's cluster of web workers", () => {
  it("replaces a worker killed with kill -9, and SIGTERM stops every worker, then itself", { timeout: 60_000 }, async () => {
    const port = await findFreePort(3700);
    const run = startPrimary({ FIXTURE_WORKERS: "3", FIXTURE_WORKER: "serve", PORT: String(port) });
    await waitFor("all three listen", () => run.output.includes("all workers listening"));
    const before = workersOf(run.child);
    expect(before).toHaveLength(3);
    // One port, and every answer comes from one of the workers.
    const answer = Number(await (await fetch(`http://127.0.0.1:${port}/`)).text());
    expect(before).toContain(answer);

    process.kill(before[0], "SIGKILL");
    await waitFor("a new worker replaces it", () => {
      const now = workersOf(run.child);
      return now.length === 3 && !now.includes(before[0]);
    });
    expect(run.output).toMatch(/Web worker \d stopped unexpectedly \(signal SIGKILL\); starting another in 0\.2 s\./);
    const after = workersOf(run.child);
    await waitFor("the new worker answers", async () => after.includes(Number(await (await fetch(`http://127.0.0.1:${port}/`)).text())));

    run.child.kill("SIGTERM");
    expect(await exited(run.child)).toEqual({ code: 0, signal: null });
    for (const pid of after) expect(alive(pid)).toBe(false);
    expect(run.output.match(/stopped unexpectedly/g)).toHaveLength(1); // stopping replaced nothing
  });

  it("stops every worker on SIGINT (Ctrl-C)", { timeout: 60_000 }, async () => {
    const port = await findFreePort(3700);
    const run = startPrimary({ FIXTURE_WORKERS: "2", FIXTURE_WORKER: "serve", PORT: String(port) });
    await waitFor("both listen", () => run.output.includes("all workers listening"));
    const workers = workersOf(run.child);
    run.child.kill("SIGINT");
    expect(await exited(run.child)).toEqual({ code: 0, signal: null });
    for (const pid of workers) expect(alive(pid)).toBe(false);
    expect(run.output).not.toMatch(/stopped unexpectedly/);
  });

  it("leaves no worker behind when the primary itself is killed with kill -9", { timeout: 60_000 }, async () => {
    const port = await findFreePort(3700);
    const run = startPrimary({ FIXTURE_WORKERS: "2", FIXTURE_WORKER: "serve", PORT: String(port) });
    await waitFor("both listen", () => run.output.includes("all workers listening"));
    const workers = workersOf(run.child);
    run.child.kill("SIGKILL");
    await exited(run.child);
    await waitFor("the orphaned workers end", () => workers.every((pid) => !alive(pid)), 15_000);
  });

  it("gives up with one clear message when workers keep dying as they start, instead of forking forever", { timeout: 60_000 }, async () => {
    const run = startPrimary({ FIXTURE_WORKERS: "2", FIXTURE_WORKER: "crash", PORT: String(await findFreePort(3700)) });
    expect(await exited(run.child)).toEqual({ code: workersKeepCrashingExitCode, signal: null });
    expect(run.output).toContain("Web workers died 5 times in a row within seconds of starting (the last: exit code 1): the app cannot start, see the errors above. Stopping.");
    // Two first workers, then three replacements before the fifth death: never more.
    expect(run.output.match(/cannot start$/gm)!.length).toBeLessThanOrEqual(6);
    expect(run.output.match(/starting another in/g)).toHaveLength(4);
  });
});

describe("the app server refuses a bad WEB_CONCURRENCY with one sentence", () => {
  for (const value of ["abc", "0", "10000", "2.5", "-1", "<script>alert(1)</script>"]) {
    it(`WEB_CONCURRENCY=${value}`, { timeout: 60_000 }, () => {
      const result = spawnSync(process.execPath, [path.join(root, "scripts/app-server.mjs")], {
        cwd: root,
        env: { ...process.env, WEB_CONCURRENCY: value, PORT: "1" },
        encoding: "utf8",
        timeout: 50_000,
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(/^WEB_CONCURRENCY must be a whole number of web workers from 1 to 64, not ".*"\.$/);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }
});
