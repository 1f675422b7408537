"use server";
import { serve } from "@/lib/actions/serve";
import * as setAuthoring from "@/lib/actions/set-authoring";
import type { ActionState } from "@/lib/actions/define-action";

export async function createAdminQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.createAdminQuizSet, formData);
}

export async function updateAdminQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.updateAdminQuizSet, formData);
}

export async function addQuestionsToQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.addQuestionsToQuizSet, formData);
}

export async function reorderAdminQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.reorderAdminQuizSet, formData);
}

export async function moveAdminQuizSetItem(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.moveAdminQuizSetItem, formData);
}

export async function removeAdminQuizSetItem(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.removeAdminQuizSetItem, formData);
}

export async function publishAdminQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.publishAdminQuizSet, formData);
}

export async function setAdminQuizSetPublic(_state: ActionState | null, formData: FormData) {
  return serve(setAuthoring.setAdminQuizSetPublic, formData);
}
