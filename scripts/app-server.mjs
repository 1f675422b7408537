// The production HTTP server: Next.js behind a plain node:http server, for one reason. Next
// fills x-forwarded-for with the socket address only when the client sent none, so a client
// could name any address it likes. This server writes the socket address itself, on every
// request, into a header no client can set (it overwrites whatever came in); rate limits read
// it unless TRUSTED_IP_HEADER names a header that a trusted reverse proxy sets
// (lib/identity/client-ip.ts). Plain JavaScript, so that serving needs no TypeScript loader.
//
//   node scripts/app-server.mjs [--dev]     on PORT (3000), all interfaces, like `next start`
import http from "node:http";
import path from "node:path";
import next from "next";

export const socketAddressHeader = "x-cited-socket-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dir = path.resolve(import.meta.dirname, "..");

const app = next({ dev, dir, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[socketAddressHeader] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, () => {
  console.log(`Cited is serving on port ${port}${dev ? " (development)" : ""}.`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections can hold close() open: do not wait for them for long.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
