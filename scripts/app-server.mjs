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
// In production each worker first offers a request to the fast lane (lib/http/fast-lane.ts,
// built to .next/cited/fast-lane.mjs): autosaves are answered there by the same handler the
// Next.js route exports, without Next's routing (docs/decisions/024-autosave-fast-lane.md).
// CITED_FAST_LANE=off sends everything through Next.js.
//
//   node scripts/app-server.mjs [--dev]     on PORT (3000), all interfaces, like `next start`
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import next from "next";
import nextConfig from "../next.config.js";
import { runPrimary } from "./lib/app-cluster.mjs";
import { fastLaneFile } from "./lib/fast-lane-build.mjs";
import { webWorkerCount } from "./lib/web-concurrency.mjs";

export const socketAddressHeader = "x-cited-socket-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dir = path.resolve(import.meta.dirname, "..");

/** The fast lane's serve function, or null (development, switched off, or not built). */
async function loadFastLane() {
  if (dev || process.env.CITED_FAST_LANE === "off") return null;
  const file = path.join(dir, fastLaneFile);
  if (!existsSync(file)) {
    console.error(`The fast lane is not built (${fastLaneFile}): every request goes through Next.js. \`npm run build\` builds both.`);
    return null;
  }
  const { serveFastLane } = await import(pathToFileURL(file).href);
  // The headers next.config.js gives every response ("/:path*"), so that fast answers carry them too.
  const everyResponse = (await nextConfig.headers()).filter((rule) => rule.source === "/:path*").flatMap((rule) => rule.headers);
  const extraHeaders = everyResponse.map(({ key, value }) => [key, value]);
  return (request, response) => serveFastLane(request, response, extraHeaders);
}

async function serve() {
  const app = next({ dev, dir, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const fastLane = await loadFastLane();

  const server = http.createServer((request, response) => {
    // In a cluster worker too: the primary hands over the client's own socket.
    request.headers[socketAddressHeader] = request.socket.remoteAddress ?? "";
    if (fastLane?.(request, response)) return;
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
