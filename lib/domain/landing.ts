// Where someone lands after signing in (when no page asked to be returned to): on what they came
// to do. Teaching comes before administration for someone who does both, because it is the
// daily work; everyone else starts from their quizzes.
import type { Role } from "@/lib/identity/viewer";

export function landingPath(roles: readonly Role[]): string {
  if (roles.includes("TEACHER")) return "/teach";
  if (roles.includes("ADMIN")) return "/admin/users";
  return "/quizzes";
}
