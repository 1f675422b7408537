// Builds the app server's fast lane (lib/http/fast-lane.ts) into one ES module beside Next's
// build, .next/cited/fast-lane.mjs, so that scripts/app-server.mjs, plain JavaScript, can load
// it. The project's own code (with its @/ imports) is bundled; packages stay imports, resolved
// from node_modules as Next.js resolves its server externals, so the worker shares one Prisma
// runtime and one pg between the fast lane and Next.js.
//
//   node scripts/lib/fast-lane-build.mjs      (after `next build`; `npm run build` runs both)
import path from "node:path";
import { fileURLToPath } from "node:url";

export const fastLaneFile = ".next/cited/fast-lane.mjs";

/** `server-only` throws outside a React server bundle; this bundle is server code by definition. */
const serverOnly = {
  name: "server-only",
  setup(builder) {
    builder.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "server-only" }));
    builder.onLoad({ filter: /.*/, namespace: "server-only" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

export async function buildFastLane(root) {
  // Imported here, not at the top: the app server reads fastLaneFile from this module and
  // should not load a build tool in every web worker.
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: root,
    entryPoints: ["lib/http/fast-lane.ts"],
    outfile: fastLaneFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    plugins: [serverOnly],
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildFastLane(path.resolve(import.meta.dirname, "../.."));
}
