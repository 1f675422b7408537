"use server";
import { serve } from "@/lib/actions/serve";
import * as adminUsers from "@/lib/actions/admin-users";
import type { ActionState } from "@/lib/actions/define-action";

export async function setUserRoles(_state: ActionState | null, formData: FormData) {
  return serve(adminUsers.setUserRoles, formData);
}

export async function setUserDisabled(_state: ActionState | null, formData: FormData) {
  return serve(adminUsers.setUserDisabled, formData);
}
