"use server";
import { serve } from "@/lib/actions/serve";
import * as giftTransfer from "@/lib/actions/gift-transfer";
import type { ActionState } from "@/lib/actions/define-action";

export async function importGiftFile(_state: ActionState | null, formData: FormData) {
  return serve(giftTransfer.importGiftFile, formData);
}
