"use server";
import { serve } from "@/lib/actions/serve";
import * as gradebook from "@/lib/actions/gradebook";
import type { ActionState } from "@/lib/actions/define-action";

export async function overrideResponseScore(_state: ActionState | null, formData: FormData) {
  return serve(gradebook.overrideResponseScore, formData);
}

export async function removeResponseOverride(_state: ActionState | null, formData: FormData) {
  return serve(gradebook.removeResponseOverride, formData);
}
