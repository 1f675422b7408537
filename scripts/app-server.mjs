// The production HTTP server: Next.js behind a plain node:http server, for one reason. Next
// fills x-forwarded-for with the socket address only when the client sent none, so a client
// could name any address it likes. This server writes the socket address itself, on every
// request, into a header no client can set (it overwrites whatever came in); rate limits read
// it unless TRUSTED_IP_HEADER names a header that a trusted reverse proxy sets
// (lib/identity/client-ip.ts). Plain JavaScript, so that serving needs no TypeScript loader.
//
// It runs one web worker per core (WEB_CONCURRENCY overrides) with node:cluster: this process
// is the primary (scripts/lib/app-cluster.mjs), and each worker runs this file again and serves.
// With --dev there is one process and no cluster (one compiler, hot reload).
//
//   node scripts/app-server.mjs [--dev]     on PORT (3000), all interfaces, like `next start`
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { runPrimary } from "./lib/app-cluster.mjs";
import { webWorkerCount } from "./lib/web-concurrency.mjs";

export const socketAddressHeader = "x-cited-socket-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dir = path.resolve(import.meta.dirname, "..");

async function serve() {
  const app = next({ dev, dir, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((request, response) => {
    // In a cluster worker too: the primary hands over the client's own socket.
    request.headers[socketAddressHeader] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  server.listen(port, () => {
    if (dev) console.log(`Cited is serving on port ${port} (development).`);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections can hold close() open: do not wait for them for long.
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
}

if (dev || !cluster.isPrimary) {
  await serve();
} else {
  let workers;
  try {
    workers = webWorkerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  runPrimary({
    workers,
    onAllListening: () => console.log(`Cited is serving on port ${port} with ${workers} web worker${workers === 1 ? "" : "s"}.`),
  });
}
