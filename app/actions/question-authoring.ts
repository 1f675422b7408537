"use server";
import { serve } from "@/lib/actions/serve";
import * as questionAuthoring from "@/lib/actions/question-authoring";
import type { ActionState } from "@/lib/actions/define-action";

export async function saveQuestionForm(_state: ActionState | null, formData: FormData) {
  return serve(questionAuthoring.saveQuestionForm, formData);
}

export async function changeQuestionStatus(_state: ActionState | null, formData: FormData) {
  return serve(questionAuthoring.changeQuestionStatus, formData);
}
