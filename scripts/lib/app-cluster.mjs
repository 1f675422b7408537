// The primary process of the app server: forks the web workers (node:cluster), which share one
// listening port (the primary accepts connections and hands them round-robin to the workers),
// replaces a worker that dies, and stops them all on SIGINT/SIGTERM. Each worker is a whole
// Next.js server with its own database pool; nothing that matters lives in a worker's memory
// (docs/decisions/010-cluster-workers.md), so any worker may serve any request.
//
// A worker that dies is replaced after a pause that grows while workers keep dying quickly
// (0.2 s, 0.5 s, 1 s, 2 s, 5 s). One that dies quickly (before it listened, or within 10 s of
// listening) five times in a row means the app cannot start (a broken build, a bad setting):
// the primary then stops every worker and exits with workersKeepCrashingExitCode, and
// `npm start` stops instead of starting it again.
import cluster from "node:cluster";

export const workersKeepCrashingExitCode = 3;
export const replaceDelaysMs = [200, 500, 1000, 2000, 5000];
const quickMs = 10_000;
const maxQuickFailures = 5;
const stopGraceMs = 10_000;

/**
 * Runs the primary: `workers` copies of `exec` (this file's caller by default), each with
 * CITED_WEB_WORKER set to its slot (1…workers) so that slot 1 can run the once-per-machine jobs.
 */
export function runPrimary({ workers, exec, args, log = (line) => console.error(line), onAllListening = () => {} }) {
  // Unset keys keep Node's defaults (this process's own script and arguments).
  cluster.setupPrimary({ ...(exec ? { exec } : {}), ...(args ? { args } : {}) });
  let stopping = false;
  let quickFailures = 0;
  let everyoneListened = false;
  const listening = new Set();

  function fork(slot) {
    const worker = cluster.fork({ CITED_WEB_WORKER: String(slot) });
    let listenedAt = null;
    worker.on("listening", () => {
      listenedAt = Date.now();
      listening.add(slot);
      if (!everyoneListened && listening.size === workers) {
        everyoneListened = true;
        onAllListening();
      }
    });
    worker.on("exit", (code, signal) => {
      listening.delete(slot);
      if (stopping) return;
      const quick = listenedAt === null || Date.now() - listenedAt < quickMs;
      quickFailures = quick ? quickFailures + 1 : 0;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      if (quickFailures >= maxQuickFailures) {
        log(`Web workers died ${quickFailures} times in a row within seconds of starting (the last: ${how}): the app cannot start, see the errors above. Stopping.`);
        void stop(workersKeepCrashingExitCode);
        return;
      }
      const delay = replaceDelaysMs[Math.min(Math.max(quickFailures - 1, 0), replaceDelaysMs.length - 1)];
      log(`Web worker ${slot} stopped unexpectedly (${how}); starting another in ${(delay / 1000).toFixed(1)} s.`);
      // The pause also covers a Ctrl-C that reached the worker before it reached this process.
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, delay);
    });
  }

  /** Stops every worker (SIGTERM, then SIGKILL after stopGraceMs), then exits with `code`. */
  async function stop(code) {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise((resolve) => {
            worker.once("exit", resolve);
            if (worker.isDead()) return resolve();
            worker.process.kill("SIGTERM");
            setTimeout(() => worker.process.kill("SIGKILL"), stopGraceMs).unref();
          }),
      ),
    );
    process.exit(code);
  }

  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
  for (let slot = 1; slot <= workers; slot++) fork(slot);
}
