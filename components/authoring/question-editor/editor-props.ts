// What every type's part of the question editor receives (components/authoring/question-editor/<type>.tsx).
import type { FieldErrors, QuestionDraft } from "@/lib/domain/question-form";

export type TypeEditorProps = {
  draft: QuestionDraft;
  errors: FieldErrors;
  /** Replaces the draft (the editor keeps it in state; without JavaScript the form posts it). */
  onChange: (draft: QuestionDraft) => void;
};

export const inputClass =
  "min-h-10 w-full rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";
