"use client";

import type { TypeEditorProps } from "./editor-props";
import { RowListEditor } from "./row-list";
import { TextField } from "./text-field";

/** The accepted answers (one a line), the longest answer allowed, feedback for given wrong answers. */
export function ShortTextEditor(props: TypeEditorProps) {
  const { draft, errors, onChange } = props;
  return (
    <div className="flex flex-col gap-4">
      <TextField
        name="accepted"
        label="Accepted answers, one a line"
        hint="Case, accents and punctuation are ignored when comparing; list the other forms people write (abbreviations, with or without a state)."
        multiline={4}
        value={draft.accepted}
        onChange={(v) => onChange({ ...draft, accepted: v })}
        errors={errors}
      />
      <TextField name="maxLength" label="Longest answer, in characters (optional)" inputMode="numeric" value={draft.maxLength} onChange={(v) => onChange({ ...draft, maxLength: v })} errors={errors} className="max-w-xs" />
      <RowListEditor {...props} list="rows" legend="Feedback for given wrong answers (optional)" itemLabel={(i) => `Answer ${i + 1}`} textLabel="the words" feedbackLabel="Feedback" addLabel="Add feedback for an answer" />
    </div>
  );
}
