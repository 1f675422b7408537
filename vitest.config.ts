import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/data is server-only in Next; under Vitest it is plain Node.
      "server-only": path.join(root, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases: on a loaded machine one can take several times
        // its usual second, and a time-out there would be a false failure, not a finding.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database per run (scripts/test.ts makes it); files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
