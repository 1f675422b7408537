// PostgreSQL refuses to run as root, so as root its programs run as the system user "postgres",
// which must reach both the programs and the data: a checkout in a private folder (mktemp -d is
// mode 700) is out of its reach.
import { spawnSync } from "node:child_process";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";

/** Whom PostgreSQL's programs run as: null for the current user. */
export type RunAs = { uid: number; gid: number } | null;

/** A setup PostgreSQL cannot run with: its message is the whole story, no stack trace. */
export class PostgresSetupError extends Error {}

export const advice = "Run as a normal user, move the checkout to a folder others can read, or set DATABASE_URL.";

/** null when not root; as root the "postgres" system user, created when missing. */
export function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return null;
  if (!idsOf("postgres")) {
    spawnSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
    spawnSync("useradd", ["-r", "-g", "postgres", "postgres"], { stdio: "ignore" });
  }
  const ids = idsOf("postgres");
  if (!ids) {
    throw new PostgresSetupError(`PostgreSQL will not run as root, and the system user "postgres" to run it as could not be created. ${advice}`);
  }
  return ids;
}

function idsOf(user: string): RunAs {
  const id = (flag: string) => {
    const result = spawnSync("id", [flag, user], { encoding: "utf8" });
    return result.status === 0 ? Number(result.stdout.trim()) : NaN;
  };
  const [uid, gid] = [id("-u"), id("-g")];
  return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
}

/** Whether `runAs` can run `program --version` (it fails with EACCES when out of reach). */
export function canRun(program: string, runAs: RunAs): boolean {
  const result = spawnSync(program, ["--version"], { ...runAs, stdio: "ignore", timeout: 30_000 });
  return !result.error && result.status === 0;
}

/** Whether `runAs` can enter `dir` (search permission on it and on every folder above). */
export function canReach(dir: string, runAs: RunAs): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'cd -- "$1"', "sh", dir], { ...runAs, stdio: "ignore" });
  return !result.error && result.status === 0;
}

/** mkdir -p, with every folder it creates opened to others (mode 755 whatever the umask). */
export async function makeReachableDirs(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (!first) return;
  for (let current = dir; current.length >= first.length; current = path.dirname(current)) {
    await chmod(current, 0o755);
  }
}
