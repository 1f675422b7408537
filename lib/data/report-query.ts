import "server-only";
// The settings for the teacher's report queries (gradebook, item analysis), for their own
// transaction only (SET LOCAL: safe behind PgBouncer in transaction mode too):
// - work_mem 32 MB: a class of 1,000 × 40 groups 40,000 rows, which spills to disk at the
//   default 4 MB (a third slower, measured);
// - jit off: those plans cost just over PostgreSQL's JIT threshold, and compiling them took
//   longer than running them (item analysis measured 126 ms or 344 ms from one run to the next).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function reportQuery<T>(run: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
    await tx.$executeRaw`SET LOCAL jit = off`;
    return run(tx);
  });
}
