import "server-only";
// Which assignments hold back the keys of which questions (lib/domain/key-visibility.ts has the
// rule). One query per call, whatever the number of questions.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lastDueAt, withholdingHolders, type KeyHolder } from "@/lib/domain/key-visibility";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/**
 * Whose assignments count: one student's (the review of their own assignment), or everyone's
 * (practice and the public try page, which anyone can reach with a fresh account).
 */
export type HolderScope = { userId: string } | "everyone";

/** For each question id, the assignments of classes still in use that contain it. */
export async function keyHoldersByQuestion(client: Client, questionIds: string[], scope: HolderScope): Promise<Map<string, KeyHolder[]>> {
  const ids = [...new Set(questionIds)];
  const holders = new Map<string, KeyHolder[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return holders;
  const assignments = await client.assignment.findMany({
    where: {
      class: { archivedAt: null, ...(scope === "everyone" ? {} : { enrollments: { some: { userId: scope.userId } } }) },
      items: { some: { questionVersion: { questionId: { in: ids } } } },
    },
    select: {
      id: true,
      reviewPolicy: true,
      dueAt: true,
      extensions: { select: { dueAt: true } },
      // The versions the assignment froze: what its students are actually given.
      items: { where: { questionVersion: { questionId: { in: ids } } }, select: { questionVersion: { select: { questionId: true } } } },
    },
  });
  for (const assignment of assignments) {
    const holder: KeyHolder = { assignmentId: assignment.id, reviewPolicy: assignment.reviewPolicy, lastDueAt: lastDueAt(assignment) };
    for (const item of assignment.items) holders.get(item.questionVersion.questionId)?.push(holder);
  }
  return holders;
}

/** The question ids, of those given, whose keys some assignment keeps back from practice now. */
export async function questionsHeldBack(client: Client, questionIds: string[], now: Date): Promise<Set<string>> {
  const holders = await keyHoldersByQuestion(client, questionIds, "everyone");
  return new Set([...holders].filter(([, list]) => withholdingHolders(list, now).length > 0).map(([id]) => id));
}
