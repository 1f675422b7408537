// The acting user that every lib/data function takes first (null for an anonymous visitor).
import { UnauthenticatedError } from "@/lib/errors";
export type Role = "STUDENT" | "TEACHER" | "ADMIN";

export type Viewer = { id: string; roles: Role[] };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** The acting user, or 401 for an anonymous caller. */
export function signedIn(actor: Viewer | null): Viewer {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
