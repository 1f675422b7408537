// Where an autosave's time goes: starts the app with V8's CPU profiler on, sends it the autosave
// benchmark's load for a while, stops it (the profile is written on exit) and prints the
// functions with the most self time, grouped by package. Not a benchmark: a tool to look with.
//   npx tsx scripts/bench/profile-autosave.ts [seconds] [profile dir]
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startAppUnderTest } from "./app-under-test";
import { prepareSavers, runAutocannon } from "./autosave";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] };

const seconds = Number(process.argv[2] ?? 10);
const dir = path.resolve(process.argv[3] ?? path.join(process.env.TMPDIR ?? "/tmp", `cited-autosave-profile-${Date.now()}`));
mkdirSync(dir, { recursive: true });

const preload = path.join(import.meta.dirname, "cpu-profile-preload.mjs");
const app = await startAppUnderTest({ TRUSTED_IP_HEADER: "x-real-ip", NODE_OPTIONS: `--import=${preload}`, CPU_PROFILE_DIR: dir, CPU_PROFILE_AFTER_REQUESTS: "1000" });
try {
  const savers = await prepareSavers(app, 50, "profile");
  const load = (seconds: number) => runAutocannon(app, savers, seconds);
  // Warm-up: the profiler starts at the 1,000th request (cpu-profile-preload.mjs).
  let warmed = 0;
  while (warmed < 1000) warmed += Object.values((await load(5)).statuses).reduce((a, b) => a + b, 0);
  const result = await load(seconds);
  console.log(JSON.stringify({ rps: Math.round(result.rps), p99_ms: result.p99, errors: result.errors, statuses: result.statuses }));
} finally {
  await app.stop();
}

const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error(`No profile was written in ${dir}.`);
const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { nodes: Node[] };
const total = profile.nodes.reduce((sum, n) => sum + n.hitCount, 0);
const where = (url: string) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes("/.next/")) return "app (.next)";
  return url ? "node internals / other" : "(native / idle / gc)";
};
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  byPackage.set(where(node.callFrame.url), (byPackage.get(where(node.callFrame.url)) ?? 0) + node.hitCount);
  const name = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.replace(/.*node_modules\//, "")}:${node.callFrame.lineNumber}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.hitCount);
}
// Inclusive time (a function and what it calls), for the app's own frames and a few libraries'.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = (node: Node): number => node.hitCount + (node.children ?? []).reduce((sum, id) => sum + inclusive(byId.get(id)!), 0);
const byFunctionInclusive = new Map<string, number>();
const onStack = new Set<string>();
const walk = (node: Node) => {
  const name = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.replace(/.*node_modules\//, "")}:${node.callFrame.lineNumber}`;
  const counted = !onStack.has(name) && node.callFrame.functionName !== "";
  if (counted) byFunctionInclusive.set(name, (byFunctionInclusive.get(name) ?? 0) + inclusive(node));
  if (counted) onStack.add(name);
  for (const id of node.children ?? []) walk(byId.get(id)!);
  if (counted) onStack.delete(name);
};
walk(profile.nodes[0]);
const top = (map: Map<string, number>, n: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
console.log(`Profile: ${path.join(dir, file)}\n\nSelf time by package:\n${top(byPackage, 15).join("\n")}\n\nSelf time by function:\n${top(byFunction, 40).join("\n")}\n\nInclusive time by function:\n${top(byFunctionInclusive, 60).join("\n")}`);
