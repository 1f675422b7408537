import net from "node:net";

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * A free port among the 100 from `from` on. The search starts at a random one of them, so that
 * two runs starting at the same moment (parallel test runs) rarely probe the same port and
 * both take it before either listens.
 */
export async function findFreePort(from: number): Promise<number> {
  const start = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = from + ((start + i) % 100);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${from + 99}.`);
}
