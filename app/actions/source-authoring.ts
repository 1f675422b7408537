"use server";
import { serve } from "@/lib/actions/serve";
import * as sourceAuthoring from "@/lib/actions/source-authoring";
import type { ActionState } from "@/lib/actions/define-action";

export async function saveSource(_state: ActionState | null, formData: FormData) {
  return serve(sourceAuthoring.saveSource, formData);
}

export async function correctSourceText(_state: ActionState | null, formData: FormData) {
  return serve(sourceAuthoring.correctSourceText, formData);
}

export async function publishSource(_state: ActionState | null, formData: FormData) {
  return serve(sourceAuthoring.publishSource, formData);
}
