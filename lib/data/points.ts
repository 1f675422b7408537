import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Scores are stored as exact decimals (numeric(10,2)); past the data layer they are plain
 * numbers for display and arithmetic on a few values (hundredths are exact in a double).
 */
export function points(value: Prisma.Decimal): number;
export function points(value: Prisma.Decimal | null): number | null;
export function points(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}

/** An attempt row's scores as numbers. */
export function withPoints<T extends { score: Prisma.Decimal | null; maxScore: Prisma.Decimal | null }>(row: T): Omit<T, "score" | "maxScore"> & { score: number | null; maxScore: number | null } {
  return { ...row, score: points(row.score), maxScore: points(row.maxScore) };
}
