// `npm start` keeps what it started running: after kill -9 of the embedded postmaster the
// database is started again (and the app's pools reconnect, in the same app processes); after
// kill -9 of a web worker, the app server replaces it; after kill -9 of the app server itself
// (the cluster's primary), its workers end and a new server serves; Ctrl-C (SIGINT) still stops
// everything, leaving no process behind. How fast is a figure for `npm run soak`, not a bound.
// Its own data folder (CITED_DATA_DIR) and port. The first start builds the app when .next is
// older than the sources, which can take minutes on a busy machine: hence the long timeout.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/ports";

const root = path.resolve(import.meta.dirname, "../..");
// Reachable by the "postgres" system user when the tests run as root (mkdtemp makes it 700).
const dataRoot = mkdtempSync(path.join(tmpdir(), "cited-start-supervision-"));
chmodSync(dataRoot, 0o755);
const pidFile = path.join(dataRoot, "postgres/cluster/postmaster.pid");

let start: ChildProcess | undefined;
let output = "";
const seen = new Set<number>(); // pids of processes this test's `npm start` started

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function postmasterPid(): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  seen.add(pid);
  return pid;
}

/** The web server's processes under `npm start`: its primary and the primary's workers. */
function appProcesses(): { primary: number | null; workers: number[] } {
  const rows = spawnSync("ps", ["-A", "-o", "pid=,ppid=,args="], { encoding: "utf8" })
    .stdout.split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  const family = new Set([start!.pid!]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      if (family.has(row.ppid) && !family.has(row.pid)) {
        family.add(row.pid);
        grew = true;
      }
    }
  }
  const servers = rows.filter((row) => family.has(row.pid) && row.args.includes("scripts/app-server.mjs"));
  for (const server of servers) seen.add(server.pid);
  const primary = servers.find((row) => !servers.some((other) => other.pid === row.ppid));
  return { primary: primary?.pid ?? null, workers: servers.filter((row) => row.ppid === primary?.pid).map((row) => row.pid) };
}

const appPid = () => appProcesses().primary;

async function health(baseUrl: string): Promise<number> {
  return fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
    (response) => response.status,
    () => 0,
  );
}

async function signIn(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: "student@cited.test", password: "demo-student-2025" }),
    signal: AbortSignal.timeout(15_000),
  });
  return response.status;
}

/** Polls `condition` (never a fixed pause); fails early when `npm start` has exited. */
async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (start?.exitCode !== null || start?.signalCode !== null) throw new Error(`npm start exited while waiting until ${what}:\n${output.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting until ${what}:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(async () => {
  if (start && start.exitCode === null && start.signalCode === null) start.kill("SIGKILL");
  for (const pid of seen) if (alive(pid)) process.kill(pid, "SIGKILL");
  // The data folder goes once nothing uses it (a killed postmaster's children end by themselves).
  const deadline = Date.now() + 20_000;
  while ([...seen].some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  rmSync(dataRoot, { recursive: true, force: true });
});

describe("npm start supervises the database and the web server it started", () => {
  it("restarts the database, a web worker and the web server after kill -9, and stops everything on Ctrl-C", { timeout: 600_000 }, async () => {
    const port = await findFreePort(3600);
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), CITED_DATA_DIR: dataRoot, WEB_CONCURRENCY: "2" };
    delete env.DATABASE_URL; // the embedded database, in dataRoot
    start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    start.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

    // Up (building first if the sources are newer than .next).
    await waitFor("npm start serves", async () => output.includes("Cited is running at") && (await health(baseUrl)) === 200, 540_000);
    expect(output).toContain(`Cited is running at http://localhost:${port} with 2 web workers`);
    await waitFor("both web workers run", () => appProcesses().workers.length === 2, 60_000);
    expect(await signIn(baseUrl)).toBe(200);

    // 1. kill -9 the postmaster: a new one serves within 5 s, to the same app process.
    const postmaster = postmasterPid()!;
    const app = appPid()!;
    expect(postmaster).toBeGreaterThan(0);
    expect(app).toBeGreaterThan(0);
    process.kill(postmaster, "SIGKILL");
    const killedAt = Date.now();
    await waitFor(
      "a new postmaster serves",
      async () => {
        const now = postmasterPid();
        return now !== null && now !== postmaster && (await health(baseUrl)) === 200;
      },
      // Usually under a second (the soak reports the figures); the bound is only a backstop,
      // far from it, so that a loaded machine cannot fail the test by being slow.
      60_000,
    );
    console.log(`database served again ${Date.now() - killedAt} ms after kill -9`);
    expect(appPid()).toBe(app); // the app's pool reconnected by itself
    expect(await signIn(baseUrl)).toBe(200); // a real round trip: reads the user, writes the session
    await waitFor("the restart is logged", () => /The database stopped unexpectedly \(signal SIGKILL\); restarted in \d+\.\d s\./.test(output), 30_000);

    // 2. kill -9 one web worker: the app server (the same process) starts another.
    const [worker, otherWorker] = appProcesses().workers;
    process.kill(worker, "SIGKILL");
    await waitFor(
      "a new worker runs",
      () => {
        const now = appProcesses();
        return now.workers.length === 2 && !now.workers.includes(worker);
      },
      90_000,
    );
    expect(appPid()).toBe(app);
    expect(appProcesses().workers).toContain(otherWorker);
    expect(await signIn(baseUrl)).toBe(200);
    await waitFor("the replacement is logged", () => /Web worker \d stopped unexpectedly \(signal SIGKILL\); starting another in \d+\.\d s\./.test(output), 30_000);

    // 3. kill -9 the web server itself: its workers end with it, and a new one serves.
    const orphans = appProcesses().workers;
    process.kill(app, "SIGKILL");
    await waitFor(
      "a new web server serves",
      async () => {
        const now = appPid();
        return now !== null && now !== app && (await health(baseUrl)) === 200;
      },
      90_000,
    );
    expect(await signIn(baseUrl)).toBe(200);
    await waitFor("the restart is logged", () => /The web server stopped unexpectedly \(signal SIGKILL\); restarted in \d+\.\d s\./.test(output), 30_000);
    await waitFor("the killed server's workers end", () => orphans.every((pid) => !alive(pid)), 30_000);

    // 4. Ctrl-C: everything stops, promptly, and nothing is started again.
    await waitFor("the new server's workers run", () => appProcesses().workers.length === 2, 60_000);
    const lastWorkers = appProcesses().workers;
    const lastApp = appPid()!;
    const lastPostmaster = postmasterPid()!;
    const interruptedAt = Date.now();
    start.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => {
      if (start!.exitCode !== null) resolve(start!.exitCode);
      start!.once("exit", (exitCode) => resolve(exitCode));
    });
    expect(code, output.slice(-3000)).toBe(0);
    expect(Date.now() - interruptedAt).toBeLessThan(20_000);
    expect(alive(lastApp)).toBe(false);
    for (const pid of lastWorkers) expect(alive(pid)).toBe(false);
    expect(alive(lastPostmaster)).toBe(false);
    expect(await health(baseUrl)).toBe(0);
    expect(output).not.toMatch(/did not start again/);
    expect(output.match(/stopped unexpectedly/g)).toHaveLength(3); // the database, a worker, the server
  });
});
