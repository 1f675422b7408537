import { describe, expect, it } from "vitest";
import { describeAuditEntry, describeChange } from "@/lib/domain/audit-text";

describe("audit entries in words", () => {
  it("names only what changed, before → after", () => {
    expect(describeChange({ roles: ["STUDENT"], disabled: false }, { roles: ["STUDENT", "TEACHER"], disabled: false })).toBe("roles: student → student, teacher");
    expect(describeChange({ disabled: false }, { disabled: true })).toBe("disabled: no → yes");
    expect(describeChange({ a: 1 }, { a: 1 })).toBe("no change");
    expect(describeChange(null, { title: "New" })).toBe("title: none → New");
  });

  it("reads as a sentence", () => {
    expect(
      describeAuditEntry({ action: "user.roles", actor: "admin@cited.test", target: "ben@cited.test", before: { roles: ["STUDENT"] }, after: { roles: ["STUDENT", "TEACHER"] } }),
    ).toBe("admin@cited.test changed the roles of ben@cited.test (roles: student → student, teacher)");
    expect(describeAuditEntry({ action: "assignment.regrade", actor: null, target: "Assignment x", before: null, after: null })).toBe("Someone assignment.regrade Assignment x");
  });
});

describe("the audit page's filter", () => {
  it("reads an empty choice as no filter, and ignores what cannot be an entity or action", async () => {
    const { AuditFilterSchema } = await import("@/lib/validation/admin-users");
    expect(AuditFilterSchema.parse({ entity: "", action: "user.disable" })).toEqual({ entityType: undefined, action: "user.disable", page: undefined });
    expect(AuditFilterSchema.parse({ entity: "User", page: "2" })).toEqual({ entityType: "User", action: undefined, page: 2 });
    expect(AuditFilterSchema.safeParse({ action: "'; drop" }).success).toBe(false);
  });
});
