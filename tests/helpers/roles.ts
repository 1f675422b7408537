// One Playwright fixture for signing in as each role: `signInAs("teacher")` puts a real session
// cookie for that seeded account in the test's browser context (no form), and
// `signInAs("new student")` does the same for a fresh student made for this test alone, so
// tests never share attempts or counts.
import { test as base } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signInDirectly } from "./browser";
import { testPrisma } from "./database";
import { actorEmails, createUser } from "./fixtures";

export type Role = keyof typeof actorEmails | "new student";
export type SignedInUser = { id: string; email: string; name: string };

export const test = base.extend<{ prisma: PrismaClient; signInAs: (role: Role) => Promise<SignedInUser> }>({
  // Playwright hands each fixture a `provide` callback (named `use` in its docs, which React's
  // lint rules would take for a hook).
  prisma: async ({}, provide) => {
    const prisma = testPrisma();
    await provide(prisma);
    await prisma.$disconnect();
  },
  signInAs: async ({ context, prisma }, provide) => {
    await provide(async (role) => {
      const user = role === "new student" ? await createUser(prisma) : await prisma.user.findUniqueOrThrow({ where: { email: actorEmails[role] } });
      await signInDirectly(context, prisma, user.email);
      return { id: user.id, email: user.email, name: user.name };
    });
  },
});

export { expect } from "@playwright/test";
