// autosave_rps (+ p99_ms): authenticated autosaves per second through the app, each connection
// a different student saving into their own attempt with the sequence it got back last.
// pgbench_upsert_tps: pgbench running the same two statements of one autosave (the check that
// the answer fits its question, then the guarded sequence bump + write) on the same database
// with the same number of connections. autosave_ratio compares them within each run.
// autosave_minimal_rps: the same requests from the same students to a bare node:http handler
// doing the same non-framework work (scripts/bench/minimal-autosave-server.ts), the floor of any
// framework; autosave_framework_ratio = autosave_rps / autosave_minimal_rps within each run.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db";
import { hashPassword } from "../../lib/identity/password";
import { session } from "../../lib/identity/config";
import { encodeSession, freshClaims } from "../../lib/identity/token";
import type { AppUnderTest } from "./app-under-test";
import { runWithStudentPool } from "./student-pool";
import { findFreePort } from "../lib/ports";
import { projectRoot } from "../lib/database";
import { cpuSecondsOfTree } from "./process-cpu";

export type Saver = { cookie: string; attemptId: string; position: number; sequence: number };

/** `count` students, each with a practice attempt in progress and a session cookie. */
export async function prepareSavers(app: Pick<AppUnderTest, "databaseUrl" | "authSecret">, count: number, prefix = "bench"): Promise<Saver[]> {
  const prisma = createPrismaClient(app.databaseUrl, 4);
  try {
    const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "the-full-article" }, include: { items: { include: { question: true }, orderBy: { position: "asc" } } } });
    const textPosition = (
      await Promise.all(quizSet.items.map(async (item) => (await prisma.questionVersion.findUniqueOrThrow({ where: { id: item.question.currentVersionId! } })).type))
    ).indexOf("SHORT_TEXT");
    const passwordHash = await hashPassword("bench-password-not-used");
    const savers: Saver[] = [];
    for (let i = 0; i < count; i++) {
      const user = await prisma.user.create({ data: { email: `${prefix}-${i}@cited.test`, name: `Bench ${i}`, passwordHash } });
      const attempt = await prisma.attempt.create({
        data: {
          userId: user.id,
          quizSetId: quizSet.id,
          responses: { create: quizSet.items.map((item, position) => ({ position, questionVersionId: item.question.currentVersionId! })) },
        },
      });
      const { token } = await encodeSession(freshClaims(user.id, 0), app.authSecret);
      savers.push({ cookie: `${session.cookie}=${token}`, attemptId: attempt.id, position: textPosition, sequence: 0 });
    }
    return savers;
  } finally {
    await prisma.$disconnect();
  }
}

const pgbenchScript = `
SELECT a.sequence AS seq FROM "Response" r
  JOIN "Attempt" a ON a.id = r."attemptId"
  JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
  WHERE r."attemptId" = 'pgb-attempt-' || :client_id AND r.position = 0 AND a."userId" = 'pgb-user-' || :client_id \\gset
WITH bumped AS (
  UPDATE "Attempt" SET sequence = sequence + 1
  WHERE id = 'pgb-attempt-' || :client_id AND "userId" = 'pgb-user-' || :client_id AND status = 'IN_PROGRESS'
    AND sequence = :seq AND ("deadlineAt" IS NULL OR "deadlineAt" + make_interval(secs => 2) >= now())
  RETURNING id, sequence)
UPDATE "Response" r SET answer = '{"text":"Anchorage"}'::jsonb, "savedAt" = now()
FROM bumped WHERE r."attemptId" = bumped.id AND r.position = 0
RETURNING bumped.sequence, r."savedAt";
`;

async function preparePgbench(app: AppUnderTest, count: number) {
  const prisma = createPrismaClient(app.databaseUrl, 2);
  try {
    const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: "the-full-article" }, include: { items: { include: { question: true }, orderBy: { position: "asc" } } } });
    for (let i = 0; i < count; i++) {
      await prisma.user.create({ data: { id: `pgb-user-${i}`, email: `pgb-${i}@cited.test`, name: `pgbench ${i}` } });
      await prisma.attempt.create({
        data: {
          id: `pgb-attempt-${i}`,
          userId: `pgb-user-${i}`,
          quizSetId: quizSet.id,
          responses: { create: quizSet.items.map((item, position) => ({ position, questionVersionId: item.question.currentVersionId! })) },
        },
      });
    }
  } finally {
    await prisma.$disconnect();
  }
  const dir = await mkdtemp(path.join(tmpdir(), "cited-pgbench-"));
  const file = path.join(dir, "autosave.sql");
  await writeFile(file, pgbenchScript);
  return file;
}

function pgbenchBinary(): string {
  const found = ["/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench"].find((p) => existsSync(p));
  if (!found) throw new Error("pgbench is not installed (Debian: apt-get install postgresql-contrib or postgresql-15).");
  return found;
}

function runPgbench(databaseUrl: string, script: string, clients: number, seconds: number): Promise<number> {
  const url = new URL(databaseUrl);
  return new Promise((resolve, reject) => {
    // pgbench's client ids are 0..clients-1, matching the rows made above.
    const child = spawn(pgbenchBinary(), ["-n", "-f", script, "-c", String(clients), "-j", "2", "-T", String(seconds), "-M", "prepared",
      "-h", url.hostname, "-p", url.port, "-U", decodeURIComponent(url.username), url.pathname.slice(1)], {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      const tps = /tps = ([\d.]+)/.exec(output);
      if (code === 0 && tps) resolve(Number(tps[1]));
      else reject(new Error(`pgbench failed:\n${output}`));
    });
  });
}

/** The bare node:http autosave (minimal-autosave-server.ts), in its own process like the app. */
async function startMinimalServer(app: AppUnderTest): Promise<{ baseUrl: string; pid: number; stop(): Promise<void> }> {
  const port = await findFreePort(3400);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/bench/minimal-autosave-server.ts")], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PORT: String(port), DATABASE_URL: app.databaseUrl, AUTH_SECRET: app.authSecret, NODE_ENV: "production" },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`The minimal autosave server stopped (exit ${code}).`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** One load run, with the CPU the server (and anything it started) spent per answered request. */
async function runMeasured(server: Pick<AppUnderTest, "baseUrl" | "pid">, savers: Saver[], seconds: number) {
  const before = cpuSecondsOfTree(server.pid);
  const result = await runAutocannon(server, savers, seconds);
  const answered = Object.values(result.statuses).reduce((a, b) => a + b, 0);
  return { ...result, cpuMsPerRequest: answered ? ((cpuSecondsOfTree(server.pid) - before) * 1000) / answered : NaN };
}

/** The autosave load as a tab sends it (each saver its own attempt, the sequence from each reply); also profile-autosave.ts. */
export async function runAutocannon(app: Pick<AppUnderTest, "baseUrl">, savers: Saver[], seconds: number) {
  return runWithStudentPool({
    baseUrl: app.baseUrl,
    students: savers,
    seconds,
    method: "PUT",
    request: (saver) => ({
      path: `/api/attempts/${saver.attemptId}/responses/${saver.position}`,
      headers: { "content-type": "application/json", origin: app.baseUrl, cookie: saver.cookie },
      body: JSON.stringify({ answer: { text: `Anchorage ${saver.sequence}` }, sequence: saver.sequence }),
    }),
    onBody: (saver, body) => {
      const parsed = JSON.parse(body) as { sequence?: number };
      if (typeof parsed.sequence === "number") saver.sequence = parsed.sequence;
    },
  });
}

/** Saves still in flight when a run stops were written without their answer reaching us. */
async function resyncSequences(app: AppUnderTest, savers: Saver[]) {
  const prisma = createPrismaClient(app.databaseUrl, 1);
  try {
    const rows = await prisma.attempt.findMany({ where: { id: { in: savers.map((s) => s.attemptId) } }, select: { id: true, sequence: true } });
    for (const row of rows) savers.find((s) => s.attemptId === row.id)!.sequence = row.sequence;
  } finally {
    await prisma.$disconnect();
  }
}

export async function benchAutosave(app: AppUnderTest, options: { seconds: number; connections: number; runs: number }) {
  const savers = await prepareSavers(app, options.connections);
  const script = await preparePgbench(app, options.connections);
  const minimal = await startMinimalServer(app);
  type Run = Awaited<ReturnType<typeof runMeasured>> & { tps: number; minimal: Awaited<ReturnType<typeof runMeasured>> };
  const runs: Run[] = [];
  try {
    // Warm up both servers (JIT, connection pool, caches) before anything is measured.
    await runAutocannon(app, savers, 3);
    await resyncSequences(app, savers);
    await runAutocannon(minimal, savers, 3);
    for (let run = 0; run < options.runs; run++) {
      const tps = await runPgbench(app.databaseUrl, script, options.connections, options.seconds);
      await resyncSequences(app, savers);
      const app_ = await runMeasured(app, savers, options.seconds);
      await resyncSequences(app, savers);
      const floor = await runMeasured(minimal, savers, options.seconds);
      await resyncSequences(app, savers);
      runs.push({ ...app_, tps, minimal: floor });
    }
  } finally {
    await minimal.stop();
  }
  const median = <T>(xs: T[], by: (x: T) => number) => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)];
  const ratios = runs.map((r) => r.rps / r.tps);
  const frameworkRatios = runs.map((r) => r.rps / r.minimal.rps);
  // The same ratio from CPU per request, which the neighbours' load moves much less.
  const cpuRatios = runs.map((r) => r.minimal.cpuMsPerRequest / r.cpuMsPerRequest);
  const ms = (x: number) => Number(x.toFixed(3));
  const app_ = median(runs, (r) => r.rps);
  const floor = median(runs, (r) => r.minimal.rps).minimal;
  return [
    { name: "pgbench_upsert_tps", value: Math.round(median(runs, (r) => r.tps).tps), unit: "tx/s", connections: options.connections, runs: runs.map((r) => Math.round(r.tps)) },
    {
      name: "autosave_rps",
      value: Math.round(app_.rps),
      unit: "req/s",
      p99_ms: app_.p99,
      errors: app_.errors,
      statuses: app_.statuses,
      connections: options.connections,
      runs: runs.map((r) => Math.round(r.rps)),
      cpu_ms_per_request: ms(median(runs, (r) => r.cpuMsPerRequest).cpuMsPerRequest),
      cpu_ms_runs: runs.map((r) => ms(r.cpuMsPerRequest)),
    },
    { name: "autosave_ratio", value: Number(median(ratios, (r) => r).toFixed(3)), unit: "ratio", runs: ratios.map((r) => Number(r.toFixed(3))) },
    {
      name: "autosave_minimal_rps",
      value: Math.round(floor.rps),
      unit: "req/s",
      p99_ms: floor.p99,
      errors: floor.errors,
      statuses: floor.statuses,
      connections: options.connections,
      runs: runs.map((r) => Math.round(r.minimal.rps)),
      cpu_ms_per_request: ms(median(runs, (r) => r.minimal.cpuMsPerRequest).minimal.cpuMsPerRequest),
      cpu_ms_runs: runs.map((r) => ms(r.minimal.cpuMsPerRequest)),
      what: "bare node:http: JSON body, session token decrypted, the app's one guarded save statement, pg pool of the app's size",
    },
    {
      name: "autosave_framework_ratio",
      value: Number(median(frameworkRatios, (r) => r).toFixed(3)),
      unit: "ratio",
      runs: frameworkRatios.map((r) => Number(r.toFixed(3))),
      by_cpu_per_request: Number(median(cpuRatios, (r) => r).toFixed(3)),
      by_cpu_runs: cpuRatios.map((r) => Number(r.toFixed(3))),
    },
  ];
}
