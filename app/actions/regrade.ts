"use server";
import { serve } from "@/lib/actions/serve";
import * as regrade from "@/lib/actions/regrade";
import type { ActionState } from "@/lib/actions/define-action";

export async function regradeAssignment(_state: ActionState | null, formData: FormData) {
  return serve(regrade.regradeAssignment, formData);
}
