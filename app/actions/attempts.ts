"use server";
import { serve } from "@/lib/actions/serve";
import * as attempts from "@/lib/actions/attempts";
import type { ActionState } from "@/lib/actions/define-action";

export async function startAttempt(_state: ActionState | null, formData: FormData) {
  return serve(attempts.startAttempt, formData);
}

export async function saveAttemptPage(_state: ActionState | null, formData: FormData) {
  return serve(attempts.saveAttemptPage, formData);
}

export async function submitAttempt(_state: ActionState | null, formData: FormData) {
  return serve(attempts.submitAttempt, formData);
}
