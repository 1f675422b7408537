// As root, PostgreSQL runs as the system user "postgres", which cannot enter a checkout in a
// private folder (mktemp -d is mode 700): the programs then run from a shared copy, and the data
// of `npm start` lives in a shared folder of the checkout's own. Not as root, the same choices are
// checked with that user's reach simulated.
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseDataDir } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { packagedNativeDir, programs, usableNativeDir } from "../../scripts/lib/postgres-binaries";
import { runningPort, startCluster } from "../../scripts/lib/postgres-cluster";
import { canReach, canRun, postgresUser } from "../../scripts/lib/postgres-user";

const runAs = postgresUser(); // null when not root
let work = ""; // mode 755: the shared folders and the data live here
let hidden = ""; // mode 700, inside work: out of the postgres user's reach

const inside = (file: string) => (file + path.sep).startsWith(hidden + path.sep);
// The real checks; not as root, the private folder's being out of reach is simulated.
const runs = (program: string) => canRun(program, runAs) && (runAs !== null || !inside(program));
const reaches = (dir: string) => canReach(dir, runAs) && (runAs !== null || !inside(dir));

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "cited-private-folder-"));
  await chmod(work, 0o755);
  hidden = path.join(work, "private");
  await mkdir(hidden);
  await chmod(hidden, 0o700);
  // The package's programs as a checkout in the private folder would show them.
  await symlink(packagedNativeDir(), path.join(hidden, "native"));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the embedded PostgreSQL with the checkout in a private folder", () => {
  it("runs a server from a shared copy of the programs, made once", async () => {
    const unreachable = path.join(hidden, "native");
    expect(runs(programs(unreachable).initdb)).toBe(false);

    const shared = path.join(work, "shared");
    const native = await usableNativeDir(unreachable, runs, shared);
    expect(path.dirname(path.dirname(native))).toBe(shared);
    expect(runs(programs(native).initdb)).toBe(true);
    const links = JSON.parse(readFileSync(path.join(native, "pg-symlinks.json"), "utf8")) as { target: string }[];
    for (const link of links) expect(lstatSync(path.join(native, "..", link.target)).isSymbolicLink()).toBe(true);
    // Kept: the next run uses the same copy, and no temporary folder is left.
    const copied = statSync(native).ino;
    expect(await usableNativeDir(unreachable, runs, shared)).toBe(native);
    expect(statSync(native).ino).toBe(copied);
    expect(readdirSync(shared)).toEqual([path.basename(path.dirname(native))]);

    const dataDir = path.join(work, "data");
    const server = await startCluster(dataDir, { native, runAs });
    try {
      const client = new pg.Client({ connectionString: server.url("postgres") });
      await client.connect();
      try {
        expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      } finally {
        await client.end();
      }
    } finally {
      await server.stop();
    }
    expect(await runningPort(path.join(dataDir, "cluster"))).toBeNull();
  }, 120_000);

  it("makes one whole copy when two runs need it at the same time", async () => {
    const shared = path.join(work, "shared-at-once");
    const [first, second] = await Promise.all([1, 2].map(() => usableNativeDir(path.join(hidden, "native"), runs, shared)));
    expect(second).toBe(first);
    expect(runs(programs(first).initdb)).toBe(true);
    expect(readdirSync(shared)).toEqual([path.basename(path.dirname(first))]);
  }, 120_000);

  it("keeps the data of npm start in a shared folder of the checkout's own", async () => {
    const checkout = path.join(hidden, "x");
    const preferred = path.join(checkout, ".data", "postgres");
    await mkdir(preferred, { recursive: true });
    const shared = path.join(work, "shared");
    const moved = chooseDataDir(preferred, reaches, checkout, shared);
    expect(path.dirname(path.dirname(moved))).toBe(shared);
    expect(path.relative(shared, moved)).toMatch(/^[0-9a-f]{12}\/postgres$/);
    expect(chooseDataDir(preferred, reaches, path.join(hidden, "y"), shared)).not.toBe(moved);
    // A checkout the user can reach keeps its data where it is.
    const open = path.join(work, "open", ".data", "postgres");
    await mkdir(open, { recursive: true });
    expect(chooseDataDir(open, reaches, path.join(work, "open"), shared)).toBe(open);
  });

  it.runIf(runAs !== null)("says what to do, in one sentence, when the data folder is out of reach", async () => {
    const failure = startEmbeddedPostgres(path.join(hidden, "data"));
    await expect(failure).rejects.toThrow(`the system user "postgres" it runs as cannot reach ${path.join(hidden, "data")}. Run as a normal user`);
  }, 120_000);
});
