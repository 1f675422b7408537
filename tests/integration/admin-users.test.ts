// The admin's list of users: paging, sorting, filters, and a search that takes % and _ literally.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUserForAdmin, listUsers, usersPageSize } from "@/lib/data/users";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `zz${randomBytes(3).toString("hex")}`;
let admin: Viewer;
let teacher: Viewer;

beforeAll(async () => {
  const a = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.admin } });
  const t = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.teacher } });
  admin = { id: a.id, roles: a.roles };
  teacher = { id: t.id, roles: t.roles };
  // 120 users of this test alone: every third a teacher, every fifth disabled.
  await prisma.user.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      email: `${tag}-${String(i).padStart(3, "0")}@school.example`,
      name: `${tag} Person ${String(i).padStart(3, "0")}`,
      roles: i % 3 === 0 ? ["TEACHER" as const] : ["STUDENT" as const],
      disabledAt: i % 5 === 0 ? new Date() : null,
    })),
  });
  await prisma.user.create({ data: { email: `${tag}-percent@school.example`, name: `${tag} 100% Sure`, roles: ["STUDENT"] } });
  await prisma.user.create({ data: { email: `${tag}-under@school.example`, name: `${tag} b_n Under`, roles: ["STUDENT"] } });
  await prisma.user.create({ data: { email: `${tag}-ben@school.example`, name: `${tag} Ben`, roles: ["STUDENT"] } });
});
afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { startsWith: tag } } });
  await prisma.$disconnect();
});

describe("listUsers", () => {
  it("pages through a search, 50 at a time, and clamps a page past the end", async () => {
    const first = await listUsers(admin, { query: `${tag} Person` });
    expect(first).toMatchObject({ total: 120, page: 1, pages: 3 });
    expect(first.users).toHaveLength(usersPageSize);
    const last = await listUsers(admin, { query: `${tag} Person`, page: 99 });
    expect(last).toMatchObject({ page: 3 });
    expect(last.users).toHaveLength(20);
    const all = new Set([...first.users, ...(await listUsers(admin, { query: `${tag} Person`, page: 2 })).users, ...last.users].map((u) => u.id));
    expect(all.size).toBe(120);
  });

  it("takes % and _ literally", async () => {
    const names = async (query: string) => (await listUsers(admin, { query })).users.map((u) => u.name).filter((n) => n.startsWith(tag));
    expect(await names("%")).toEqual([`${tag} 100% Sure`]);
    expect(await names(`${tag} b_n`)).toEqual([`${tag} b_n Under`]);
    expect(await names("\\")).toEqual([]);
  });

  it("filters by role and status, and sorts", async () => {
    const teachers = await listUsers(admin, { query: `${tag} Person`, role: "TEACHER" });
    expect(teachers.total).toBe(40);
    expect(teachers.users.every((u) => u.roles.includes("TEACHER"))).toBe(true);
    const disabled = await listUsers(admin, { query: `${tag} Person`, status: "disabled" });
    expect(disabled.total).toBe(24);
    expect(disabled.users.every((u) => u.disabledAt !== null)).toBe(true);
    const active = await listUsers(admin, { query: `${tag} Person`, status: "active" });
    expect(active.total).toBe(96);
    const descending = await listUsers(admin, { query: `${tag} Person`, sort: "email", direction: "desc" });
    expect(descending.users[0].email).toBe(`${tag}-119@school.example`);
  });

  it("is for admins only", async () => {
    await expect(listUsers(teacher)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getUserForAdmin(teacher, admin.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getUserForAdmin(admin, "nosuchuser000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUserForAdmin(admin, "'; drop table"))
      .rejects.toBeInstanceOf(NotFoundError);
  });
});
