import net from "node:net";

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** The first free port at or after `from` (looks at 100 ports). */
export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${from + 99}.`);
}
