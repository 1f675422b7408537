// The one Prisma client of the app (driver adapter pg). Created on first use so that importing
// a module never needs a database, and kept on globalThis so that development reloads reuse it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// Prisma gives up on a transaction that waits more than 2 s for a pooled connection. Under a
// class rush (or a busy CI machine) a start or a submit can queue that long behind others, and
// refusing it would turn a slow moment into an error the student sees.
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }), transactionOptions });
}

const holder = globalThis as unknown as { citedPrisma?: PrismaClient };

export function db(): PrismaClient {
  holder.citedPrisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return holder.citedPrisma;
}
