// Starting the app and waiting until it answers: one helper for `npm start`, the end-to-end
// tests, the durability check and the benchmarks, so they all run the app the same way
// (scripts/app-server.mjs: Next.js behind a server that records the socket address).
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./database";

export type AppProcess = { child: ChildProcess; baseUrl: string };

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

/** Polls /api/health until it answers 200; throws if the app exits or `timeoutMs` passes. */
export async function waitUntilServing(app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(`${app.baseUrl}/api/health`).then((r) => r.ok, () => false))) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) throw new Error(`The app stopped before it served (exit ${app.child.exitCode ?? app.child.signalCode}).`);
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
