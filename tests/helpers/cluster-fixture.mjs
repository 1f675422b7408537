// A stand-in for scripts/app-server.mjs in tests/integration/app-cluster.test.ts: the same
// primary (scripts/lib/app-cluster.mjs), with workers that start in milliseconds instead of
// preparing Next.js. FIXTURE_WORKER=serve answers every request with the worker's pid;
// FIXTURE_WORKER=crash dies as it starts (a broken build, a bad setting).
import cluster from "node:cluster";
import http from "node:http";
import { runPrimary } from "../../scripts/lib/app-cluster.mjs";

if (cluster.isPrimary) {
  runPrimary({ workers: Number(process.env.FIXTURE_WORKERS), onAllListening: () => console.log("all workers listening") });
} else if (process.env.FIXTURE_WORKER === "crash") {
  console.error(`worker ${process.env.CITED_WEB_WORKER} cannot start`);
  process.exit(1);
} else {
  const server = http.createServer((_request, response) => response.end(String(process.pid)));
  server.listen(Number(process.env.PORT));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
