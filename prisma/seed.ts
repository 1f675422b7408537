// `npm run db:seed` and `npm start` (when the database is empty) run this: the article's
// content for everyone, and the demo accounts only where asked for.
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { loadSeedBundle, seedContent } from "./seed-content";
import { seedDemo } from "./seed-demo";

export const contentDir = path.join(import.meta.dirname, "seed");
/** The seed's content: one Cited bundle, read and imported exactly as an admin's upload is. */
export const contentBundle = path.join(contentDir, "content.bundle.json");

export async function seed(databaseUrl: string, options: { demo: boolean }): Promise<void> {
  const content = await loadSeedBundle(contentBundle);
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    await seedContent(prisma, content);
    if (options.demo) await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** True when no content has been seeded yet. */
export async function isEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    return (await prisma.source.count()) === 0;
  } finally {
    await prisma.$disconnect();
  }
}
