// Summarises a V8 .cpuprofile (from quiz-page-profile.ts with PROFILE_DIR) by where the code
// lives: `npx tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile> [top]`. Prints the
// share of samples (self time) per group (React's server renderers, Next, Prisma, pg, the
// session token's crypto, the app's own bundled code, GC, idle) and the top functions by self
// time. Diagnostic only.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const groups: [string, RegExp][] = [
  ["react server (RSC, Flight)", /react-server-dom|react-server\.|server\.edge|react\.react-server/],
  ["react-dom server (HTML)", /react-dom/],
  ["next", /next\/dist/],
  ["prisma", /@prisma|generated\/prisma|query_compiler|prisma/],
  ["pg driver", /node_modules\/pg/],
  ["session token crypto (jose)", /jose|next-auth/],
  ["app chunks (.next/server)", /\.next\/server/],
  ["node internals", /^node:|^internal/],
];

function groupOf(node: Node): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "native / builtin";
  return groups.find(([, pattern]) => pattern.test(url))?.[0] ?? "other";
}

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfByGroup = new Map<string, number>();
const selfByFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const delta = profile.timeDeltas[i] ?? 0;
  total += delta;
  const group = groupOf(node);
  selfByGroup.set(group, (selfByGroup.get(group) ?? 0) + delta);
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
});

const busy = total - (selfByGroup.get("(idle)") ?? 0);
console.log(`profile: ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s`);
for (const [group, time] of [...selfByGroup].sort((a, b) => b[1] - a[1])) {
  if (group === "(idle)") continue;
  console.log(`${((100 * time) / busy).toFixed(1).padStart(5)}%  ${group}`);
}
console.log("top functions (self):");
for (const [name, time] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) {
  if (name.startsWith("(idle)")) continue;
  console.log(`${((100 * time) / busy).toFixed(1).padStart(5)}%  ${name}`);
}
