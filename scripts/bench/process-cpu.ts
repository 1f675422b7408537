// CPU time used by a process and its descendants (cluster workers, say), read from /proc: on a
// shared, busy machine requests per second swing with the neighbours' load, while the CPU a
// request costs stays much the same, so the benchmarks report both.
import { readdirSync, readFileSync } from "node:fs";

const ticksPerSecond = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces), from field 3 (state) on.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Seconds of CPU (user + system) used so far by `pid` and every process under it. */
export function cpuSecondsOfTree(pid: number): number {
  const all = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const p of all) {
    const s = stat(p);
    if (s) {
      parents.set(p, s.ppid);
      ticks.set(p, s.ticks);
    }
  }
  const inTree = (p: number): boolean => {
    for (let at: number | undefined = p, hops = 0; at && hops < 64; at = parents.get(at), hops++) if (at === pid) return true;
    return false;
  };
  let total = 0;
  for (const [p, t] of ticks) if (inTree(p)) total += t;
  return total / ticksPerSecond;
}
