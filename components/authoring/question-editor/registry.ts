// Each question type's part of the editor, found by type (like components/question-types/registry.ts).
// A new type is one more file here and one more entry, with its form codec in
// lib/domain/question-form-types.ts.
import type { ComponentType } from "react";
import type { QuestionType } from "@/lib/domain/question-types";
import type { TypeEditorProps } from "./editor-props";
import { MatchingEditor } from "./matching";
import { MultipleSelectEditor } from "./multiple-select";
import { NumericEditor } from "./numeric";
import { OrderingEditor } from "./ordering";
import { ShortTextEditor } from "./short-text";
import { SingleChoiceEditor } from "./single-choice";
import { TrueFalseEditor } from "./true-false";

export const questionTypeEditors: Record<QuestionType, { Editor: ComponentType<TypeEditorProps>; label: string; description: string }> = {
  SINGLE_CHOICE: { Editor: SingleChoiceEditor, label: "Single choice", description: "One of several options is right." },
  MULTIPLE_SELECT: { Editor: MultipleSelectEditor, label: "Multiple select", description: "Tick every right option; partial credit." },
  TRUE_FALSE: { Editor: TrueFalseEditor, label: "True or false", description: "A statement that is one or the other." },
  NUMERIC: { Editor: NumericEditor, label: "Numeric", description: "A figure, right within a tolerance." },
  SHORT_TEXT: { Editor: ShortTextEditor, label: "Short text", description: "A few words, compared leniently with the accepted forms." },
  ORDERING: { Editor: OrderingEditor, label: "Ordering", description: "Put items (events, say) in order; partial credit." },
  MATCHING: { Editor: MatchingEditor, label: "Matching", description: "Pair each prompt with an answer; partial credit." },
};
