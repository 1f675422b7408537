// The acting user that every lib/data function takes first (null for an anonymous visitor).
export type Role = "STUDENT" | "TEACHER" | "ADMIN";

export type Viewer = { id: string; roles: Role[] };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}
