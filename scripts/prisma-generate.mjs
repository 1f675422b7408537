// Runs `prisma generate` without network access. Every Prisma CLI command first makes sure a
// native schema-engine binary is present and downloads one when it is not; `generate` never
// uses it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips the download.
// See docs/decisions/001-offline-migrations.md.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const stub = ["/usr/bin/false", "/bin/false"].find((p) => existsSync(p));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (stub && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = stub;

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
