"use server";
import { serve } from "@/lib/actions/serve";
import * as classes from "@/lib/actions/classes";
import type { ActionState } from "@/lib/actions/define-action";

export async function createClass(_state: ActionState | null, formData: FormData) {
  return serve(classes.createClass, formData);
}

export async function renameClass(_state: ActionState | null, formData: FormData) {
  return serve(classes.renameClass, formData);
}

export async function setClassArchived(_state: ActionState | null, formData: FormData) {
  return serve(classes.setClassArchived, formData);
}

export async function regenerateJoinCode(_state: ActionState | null, formData: FormData) {
  return serve(classes.regenerateJoinCode, formData);
}

export async function removeStudentFromClass(_state: ActionState | null, formData: FormData) {
  return serve(classes.removeStudentFromClass, formData);
}

export async function addCoTeacher(_state: ActionState | null, formData: FormData) {
  return serve(classes.addCoTeacher, formData);
}

export async function removeCoTeacher(_state: ActionState | null, formData: FormData) {
  return serve(classes.removeCoTeacher, formData);
}

export async function joinClass(_state: ActionState | null, formData: FormData) {
  return serve(classes.joinClass, formData);
}
