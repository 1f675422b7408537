"use server";
// Thin entry points: each serves one definition of lib/actions (checks live there).
import { serve } from "@/lib/actions/serve";
import * as account from "@/lib/actions/account";
import type { ActionState } from "@/lib/actions/define-action";

export async function signIn(_state: ActionState | null, formData: FormData) {
  return serve(account.signIn, formData);
}

export async function signUp(_state: ActionState | null, formData: FormData) {
  return serve(account.signUp, formData);
}

export async function signOut(_state: ActionState | null, formData: FormData) {
  return serve(account.signOut, formData);
}

export async function updateProfile(_state: ActionState | null, formData: FormData) {
  return serve(account.updateProfile, formData);
}

export async function changePassword(_state: ActionState | null, formData: FormData) {
  return serve(account.changePassword, formData);
}
