"use server";
import { serve } from "@/lib/actions/serve";
import * as passwordReset from "@/lib/actions/password-reset";
import type { ActionState } from "@/lib/actions/define-action";

export async function requestPasswordReset(_state: ActionState | null, formData: FormData) {
  return serve(passwordReset.requestPasswordReset, formData);
}

export async function resetPassword(_state: ActionState | null, formData: FormData) {
  return serve(passwordReset.resetPassword, formData);
}

export async function issueResetLink(_state: ActionState | null, formData: FormData) {
  return serve(passwordReset.issueResetLink, formData);
}
