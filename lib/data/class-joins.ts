import "server-only";
// Students and their classes: joining with a code (typed, or the join link), and the classes
// a student is in. Wrong codes are counted per account and per address, so codes cannot be
// guessed by trying many (lib/auth/rate-limit.ts's windows).
import { recordAudit } from "./audit";
import { countEvent, readWindows } from "./rate-limits";
import { db } from "@/lib/db";
import { AppError, ConflictError, RateLimitedError } from "@/lib/errors";
import { isPlausibleJoinCode, normaliseJoinCode } from "@/lib/domain/join-code";
import { signedIn, type Viewer } from "@/lib/identity/viewer";

export const wrongCodeMessage = "That code does not match any open class. Check it with your teacher; codes change when a teacher makes a new one.";
export const archivedClassMessage = "This class has been archived by its teacher, so it cannot be joined any more. Ask your teacher for the code of a current class.";
export const ownClassMessage = "You teach this class, so you cannot join it as a student. Students join with this code.";

/** Wrong codes allowed per window: per account, and per address (a school shares one). */
export const joinLimits = { perUser: { max: 10, windowSeconds: 600 }, perAddress: { max: 50, windowSeconds: 600 } };

class WrongCodeError extends AppError {
  constructor() {
    super(404, wrongCodeMessage);
  }
}

function limitKeys(viewer: Viewer, ip: string) {
  return [
    { key: `join:user:${viewer.id}`, ...joinLimits.perUser },
    { key: `join:ip:${ip}`, ...joinLimits.perAddress },
  ];
}

async function refuseWhenLimited(viewer: Viewer, ip: string) {
  const keys = limitKeys(viewer, ip);
  const windows = await readWindows(keys);
  let wait = 0;
  for (const { key, max } of keys) {
    const window = windows.get(key);
    if (window && window.count >= max) wait = Math.max(wait, Math.ceil((window.resetAt.getTime() - Date.now()) / 1000));
  }
  if (wait > 0) throw new RateLimitedError(wait);
}

async function countWrongCode(viewer: Viewer, ip: string) {
  await Promise.all(limitKeys(viewer, ip).map((k) => countEvent(k.key, k.windowSeconds)));
}

/** The open class a code names (null when none), after the rate limit; a wrong code counts. */
async function classForCode(viewer: Viewer, rawCode: string, ip: string) {
  await refuseWhenLimited(viewer, ip);
  const code = normaliseJoinCode(rawCode);
  const klass = isPlausibleJoinCode(code)
    ? await db().class.findUnique({
        where: { joinCode: code },
        select: {
          id: true,
          name: true,
          archivedAt: true,
          teacherId: true,
          teacher: { select: { name: true } },
          coTeachers: { where: { userId: viewer.id }, select: { userId: true } },
          enrollments: { where: { userId: viewer.id }, select: { userId: true } },
        },
      })
    : null;
  if (!klass) {
    await countWrongCode(viewer, ip);
    throw new WrongCodeError();
  }
  return {
    id: klass.id,
    name: klass.name,
    teacherName: klass.teacher.name,
    archived: klass.archivedAt !== null,
    teaches: klass.teacherId === viewer.id || klass.coTeachers.length > 0,
    member: klass.enrollments.length > 0,
  };
}

export type JoinPreview = Awaited<ReturnType<typeof classForCode>>;

/** What the join link shows before anyone presses Join (nothing is changed). */
export async function previewJoin(actor: Viewer | null, code: string, ip: string): Promise<JoinPreview> {
  return classForCode(signedIn(actor), code, ip);
}

/** Joins the class; joining one you are already in is fine (`joined: false`). */
export async function joinClass(actor: Viewer | null, code: string, ip: string): Promise<{ classId: string; name: string; joined: boolean }> {
  const viewer = signedIn(actor);
  const klass = await classForCode(viewer, code, ip);
  if (klass.archived) throw new ConflictError(archivedClassMessage);
  if (klass.teaches) throw new ConflictError(ownClassMessage);
  if (klass.member) return { classId: klass.id, name: klass.name, joined: false };
  const joined = await db().$transaction(async (tx) => {
    const { count } = await tx.enrollment.createMany({ data: [{ classId: klass.id, userId: viewer.id }], skipDuplicates: true });
    if (count === 1) await recordAudit(tx, { actorId: viewer.id, action: "class.join", entity: { type: "Class", id: klass.id }, after: { student: viewer.id } });
    return count === 1;
  });
  return { classId: klass.id, name: klass.name, joined };
}

/** The open classes a student is in, by name. */
export async function listMyClasses(actor: Viewer | null): Promise<{ id: string; name: string; teacherName: string }[]> {
  const viewer = signedIn(actor);
  const rows = await db().class.findMany({
    where: { archivedAt: null, enrollments: { some: { userId: viewer.id } } },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, teacher: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, teacherName: row.teacher.name }));
}
