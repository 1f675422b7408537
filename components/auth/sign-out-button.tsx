"use client";

import { useActionState } from "react";
import { signOut } from "@/app/actions/account";

export function SignOutButton() {
  const [, action, pending] = useActionState(signOut, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="inline-flex min-h-6 items-center whitespace-nowrap hover:underline">
        Sign out
      </button>
    </form>
  );
}
