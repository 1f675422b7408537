"use server";
import { serve } from "@/lib/actions/serve";
import * as userImport from "@/lib/actions/user-import";
import type { ActionState } from "@/lib/actions/define-action";

export async function importUsersFromCsv(_state: ActionState | null, formData: FormData) {
  return serve(userImport.importUsersFromCsv, formData);
}
