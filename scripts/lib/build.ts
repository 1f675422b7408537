// `next build` (and the app server's fast lane, scripts/lib/fast-lane-build.mjs) only when the
// sources are newer than the last build, so that a second `npm start` serves at once.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildFastLane, fastLaneFile } from "./fast-lane-build.mjs";

// Everything the build reads: the schema stands for the generated client (lib/generated is skipped).
const inputs = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json", "proxy.ts", "instrumentation.ts", "prisma/schema.prisma"];
const skip = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!skip.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function needsBuild(root: string): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(root, fastLaneFile))) return true;
  const built = statSync(buildId).mtimeMs;
  return inputs.some((input) => newestMtime(path.join(root, input)) > built);
}

export function nextBin(root: string): string {
  return path.join(root, "node_modules/next/dist/bin/next");
}

export function runNextBuild(root: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(root), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code}).`))));
  }).then(() => buildFastLane(root));
}
