// The integration tests run against the fresh, migrated and seeded database that
// scripts/test.ts made for this run (DATABASE_URL). Never a mock.
import { createPrismaClient } from "@/lib/db";

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the integration tests with `npm test -- integration`.");
  return url;
}

export function testPrisma() {
  return createPrismaClient(testDatabaseUrl(), 4);
}
