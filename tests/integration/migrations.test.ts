import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/tests/helpers/database";
import { applyMigrations, driftScript, schemaPath } from "@/scripts/lib/schema-engine";

describe("migrations", () => {
  it("match schema.prisma (no drift)", async () => {
    expect(await driftScript(testDatabaseUrl())).toBe("");
  });

  it("would be reported as drift if the schema changed without a migration", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace("model Fact {", "model Fact {\n  reviewedBy String?");
    expect(await driftScript(testDatabaseUrl(), changed)).toMatch(/ALTER TABLE "Fact" ADD COLUMN\s+"reviewedBy" TEXT/);
  });

  it("are all applied, and applying again is a no-op", async () => {
    expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
  });
});
