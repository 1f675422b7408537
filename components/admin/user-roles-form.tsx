"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { setUserRoles } from "@/app/actions/admin-users";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/identity/viewer";

const allRoles: Role[] = ["STUDENT", "TEACHER", "ADMIN"];

export type UserRolesFormProps = { userId: string; email: string; roles: Role[] };

export function UserRolesForm({ userId, email, roles }: UserRolesFormProps) {
  const [state, action, pending] = useActionState(setUserRoles, null);
  // Controlled, so that a refused save keeps the boxes as the admin left them.
  const [checked, setChecked] = useState<Role[]>(roles);
  const errorId = useId();
  const error = state && !state.ok ? state.fieldErrors?.["roles[]"]?.join(" ") : undefined;
  // Sent by hand with JavaScript: a form action resets the form afterwards, which would put the
  // boxes back as they were loaded while the state still says otherwise. Without JavaScript the
  // form posts as usual.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  }
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="flex flex-wrap gap-x-5 gap-y-2" aria-describedby={error ? errorId : undefined}>
        <legend className="sr-only">Roles of {email}</legend>
        {allRoles.map((role) => (
          <label key={role} className="inline-flex min-h-6 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="roles[]"
              value={role}
              checked={checked.includes(role)}
              onChange={(event) => setChecked((now) => (event.target.checked ? [...now, role] : now.filter((r) => r !== role)))}
              aria-invalid={error ? true : undefined}
              className="size-4 aria-invalid:outline-2 aria-invalid:outline-red-700"
            />
            {role.toLowerCase()}
          </label>
        ))}
      </fieldset>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {error}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={pending} aria-label={`Save roles of ${email}`}>
          Save roles
        </Button>
        <span role="status" aria-live="polite" className={`text-sm ${state?.ok ? "text-muted" : "text-red-700 dark:text-red-300"}`}>
          {state?.ok || !error ? state?.message : null}
        </span>
      </div>
    </form>
  );
}
