// The one Prisma client of the app (driver adapter pg). Created on first use so that importing
// a module never needs a database, and kept on globalThis so that development reloads reuse it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const holder = globalThis as unknown as { citedPrisma?: PrismaClient };

export function db(): PrismaClient {
  holder.citedPrisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return holder.citedPrisma;
}
