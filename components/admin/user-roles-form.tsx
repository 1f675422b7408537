"use client";

import { useActionState } from "react";
import { setUserRoles } from "@/app/actions/admin-users";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/identity/viewer";

const allRoles: Role[] = ["STUDENT", "TEACHER", "ADMIN"];

export type UserRolesFormProps = { userId: string; email: string; roles: Role[] };

export function UserRolesForm({ userId, email, roles }: UserRolesFormProps) {
  const [state, action, pending] = useActionState(setUserRoles, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="flex flex-wrap gap-3">
        <legend className="sr-only">Roles of {email}</legend>
        {allRoles.map((role) => (
          <label key={role} className="inline-flex items-center gap-1 text-sm">
            <input type="checkbox" name="roles[]" value={role} defaultChecked={roles.includes(role)} className="size-4" />
            {role.toLowerCase()}
          </label>
        ))}
      </fieldset>
      <Button variant="secondary" disabled={pending} aria-label={`Save roles of ${email}`}>
        Save roles
      </Button>
      <span role="status" aria-live="polite" className={`text-sm ${state?.ok ? "text-muted" : "text-red-700 dark:text-red-300"}`}>
        {state?.message}
      </span>
    </form>
  );
}
