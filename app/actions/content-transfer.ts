"use server";
import { serve } from "@/lib/actions/serve";
import * as contentTransfer from "@/lib/actions/content-transfer";
import type { ActionState } from "@/lib/actions/define-action";

export async function importContentBundle(_state: ActionState | null, formData: FormData) {
  return serve(contentTransfer.importContentBundle, formData);
}
