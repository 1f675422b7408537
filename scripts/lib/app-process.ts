// Starting the app and waiting until it answers: one helper for `npm start`, the end-to-end
// tests, the durability check and the benchmarks, so they all run the app the same way
// (scripts/app-server.mjs: Next.js behind a server that records the socket address).
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./database";
import type { Exit } from "./supervisor";

export type AppProcess = { child: ChildProcess; baseUrl: string };

/** The app as a process to supervise (scripts/lib/supervisor.ts). */
export type AppInstance = AppProcess & { exited: Promise<Exit>; stop(): Promise<void> };

export function spawnApp(options: { port: number; env: Record<string, string>; dev?: boolean; stdio?: StdioOptions }): AppProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, "scripts/app-server.mjs"), ...(options.dev ? ["--dev"] : [])], {
    cwd: projectRoot,
    stdio: options.stdio ?? ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: options.dev ? "development" : "production",
    },
  });
  return { child, baseUrl: `http://127.0.0.1:${options.port}` };
}

/**
 * Polls /api/health until it answers 200 (or, with `anyAnswer`, answers at all: a 503 while its
 * database is down counts); throws if the app exits or `timeoutMs` passes.
 */
export async function waitUntilServing(app: AppProcess, timeoutMs = 60_000, { anyAnswer = false } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(`${app.baseUrl}/api/health`).then((r) => r.ok || anyAnswer, () => false))) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) {
      const error = new Error(`The app stopped before it served (exit ${app.child.exitCode ?? app.child.signalCode}).`);
      throw Object.assign(error, { exit: { code: app.child.exitCode, signal: app.child.signalCode } });
    }
    if (Date.now() > deadline) throw new Error(`The app did not answer ${app.baseUrl}/api/health within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts the app and waits until it serves. */
export async function startApp(options: Parameters<typeof spawnApp>[0] & { timeoutMs?: number }): Promise<AppProcess> {
  const app = spawnApp(options);
  try {
    await waitUntilServing(app, options.timeoutMs);
  } catch (error) {
    app.child.kill("SIGKILL");
    throw error;
  }
  return app;
}

/** `exited` resolves when the app ends; stop() asks it to end (SIGTERM) and insists after 10 s. */
export function asInstance(app: AppProcess): AppInstance {
  const { child } = app;
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const exited = new Promise<Exit>((resolve) => {
    if (ended()) resolve({ code: child.exitCode, signal: child.signalCode, at: Date.now() });
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  return {
    ...app,
    exited,
    async stop() {
      if (ended()) return;
      child.kill("SIGTERM");
      const insist = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(insist);
    },
  };
}

/** Starts the app again after it ended: ready once it listens (its database may still be down). */
export async function restartApp(options: Parameters<typeof spawnApp>[0] & { timeoutMs?: number }): Promise<AppInstance> {
  const app = spawnApp(options);
  try {
    await waitUntilServing(app, options.timeoutMs, { anyAnswer: true });
  } catch (error) {
    app.child.kill("SIGKILL");
    throw error;
  }
  return asInstance(app);
}

/** The pids of the app server's web workers (its cluster's children), read from `ps`. */
export function webWorkerPids(app: AppProcess): number[] {
  const listing = spawnSync("ps", ["-o", "pid=", "--ppid", String(app.child.pid)], { encoding: "utf8" });
  return listing.stdout
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}
