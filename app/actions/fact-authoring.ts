"use server";
import { serve } from "@/lib/actions/serve";
import * as factAuthoring from "@/lib/actions/fact-authoring";
import type { ActionState } from "@/lib/actions/define-action";

export async function createFact(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.createFact, formData);
}

export async function updateFact(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.updateFact, formData);
}

export async function attachEvidenceBySpan(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.attachEvidenceBySpan, formData);
}

export async function attachEvidenceByQuote(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.attachEvidenceByQuote, formData);
}

export async function deleteEvidence(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.deleteEvidence, formData);
}

export async function saveGeneratedDrafts(_state: ActionState | null, formData: FormData) {
  return serve(factAuthoring.saveGeneratedDrafts, formData);
}
