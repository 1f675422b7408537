"use server";
import { serve } from "@/lib/actions/serve";
import * as teacherAssignments from "@/lib/actions/teacher-assignments";
import type { ActionState } from "@/lib/actions/define-action";

export async function createQuizSet(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.createQuizSet, formData);
}

export async function addQuizSetItem(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.addQuizSetItem, formData);
}

export async function removeQuizSetItem(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.removeQuizSetItem, formData);
}

export async function moveQuizSetItem(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.moveQuizSetItem, formData);
}

export async function createAssignment(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.createAssignment, formData);
}

export async function updateAssignment(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.updateAssignment, formData);
}

export async function archiveAssignment(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.archiveAssignment, formData);
}

export async function deleteAssignment(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.deleteAssignment, formData);
}

export async function saveExtension(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.saveExtension, formData);
}

export async function removeExtension(_state: ActionState | null, formData: FormData) {
  return serve(teacherAssignments.removeExtension, formData);
}
