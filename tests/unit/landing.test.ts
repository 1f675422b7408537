import { describe, expect, it } from "vitest";
import { landingPath } from "@/lib/domain/landing";

describe("landingPath", () => {
  it("sends each role to its work", () => {
    expect(landingPath(["STUDENT"])).toBe("/quizzes");
    expect(landingPath(["TEACHER"])).toBe("/teach");
    expect(landingPath(["ADMIN"])).toBe("/admin/users");
  });
  it("puts teaching first for someone who teaches and administers", () => {
    expect(landingPath(["ADMIN", "TEACHER"])).toBe("/teach");
    expect(landingPath(["STUDENT", "ADMIN"])).toBe("/admin/users");
  });
  it("sends someone without a role to the quizzes", () => {
    expect(landingPath([])).toBe("/quizzes");
  });
});
