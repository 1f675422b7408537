"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { saveQuestionForm } from "@/app/actions/question-authoring";
import { Button } from "@/components/ui/button";
import type { QuestionFormResult } from "@/lib/actions/question-authoring";
import type { EvidenceChoice } from "@/lib/data/question-authoring";
import type { QuestionDraft } from "@/lib/domain/question-form";
import { CitationPicker } from "./citation-picker";
import { ErrorText } from "./error-text";
import { QuestionPreview } from "./preview";
import { questionTypeEditors } from "./registry";
import { TextField } from "./text-field";

export type QuestionEditorProps = {
  /** Absent for a new question. */
  questionId?: string;
  initialDraft: QuestionDraft;
  evidence: EvidenceChoice[];
  /** Why the next save adds a version instead of replacing this one, if it does. */
  versionNote?: string;
};

/**
 * One editor for every question type: the shared fields, the type's own part
 * (./registry.ts), citations, and a live preview. The draft lives in state and the inputs are
 * controlled; the form still posts every field, so it works without JavaScript (the server
 * sends the draft back with its messages, and a refused save loses nothing).
 */
export function QuestionEditor({ questionId, initialDraft, evidence, versionNote }: QuestionEditorProps) {
  const [state, action, pending] = useActionState(saveQuestionForm, null);
  const result = state?.ok ? (state.data as QuestionFormResult | undefined) : undefined;
  // Without JavaScript this component is rendered afresh with the post's result: start from it.
  const [draft, setDraft] = useState<QuestionDraft>(() => result?.draft ?? initialDraft);
  const errors = result?.fieldErrors ?? (!state?.ok ? (state?.fieldErrors ?? {}) : {});
  const { Editor, label } = questionTypeEditors[draft.type];
  const refused = !!state && (!state.ok || result?.kind === "refused");

  // Sent by hand: a form action resets the form afterwards, which would fight the controlled inputs.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => action(formData));
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form action={action} onSubmit={onSubmit} className="flex min-w-0 flex-col gap-6" aria-label={questionId ? "Edit the question" : "New question"} noValidate>
        {/* Enter in a text box posts the first submit button: make that a harmless preview. */}
        <button type="submit" name="intent" value="preview" className="sr-only" tabIndex={-1} aria-hidden="true">
          Preview
        </button>
        {questionId ? <input type="hidden" name="questionId" value={questionId} /> : null}
        <input type="hidden" name="type" value={draft.type} />
        <p className="text-sm text-muted">
          Type: <span className="font-medium text-ink">{label}</span>
        </p>
        <TextField name="stem" label="Question" multiline={3} value={draft.stem} onChange={(v) => setDraft({ ...draft, stem: v })} errors={errors} />
        <section aria-label={`${label}: options and answer`} className="flex flex-col gap-3">
          <ErrorText id="content-error" messages={errors.content} />
          <Editor draft={draft} errors={errors} onChange={setDraft} />
        </section>
        <TextField
          name="explanation"
          label="Explanation (Markdown)"
          hint="Shown in the review. **bold**, *italic*, lists and [links](https://…) work; HTML does not."
          multiline={6}
          value={draft.explanation}
          onChange={(v) => setDraft({ ...draft, explanation: v })}
          errors={errors}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="points" label="Points" inputMode="numeric" value={draft.points} onChange={(v) => setDraft({ ...draft, points: v })} errors={errors} />
          <div className="flex flex-col gap-1">
            <label htmlFor="field-difficulty" className="text-sm font-medium">
              Difficulty
            </label>
            <select
              id="field-difficulty"
              name="difficulty"
              value={draft.difficulty}
              onChange={(e) => setDraft({ ...draft, difficulty: e.target.value })}
              aria-invalid={errors.difficulty ? true : undefined}
              className="min-h-10 rounded-md border border-line bg-card px-3 py-2 text-base"
            >
              {["1", "2", "3", "4", "5"].map((d) => (
                <option key={d} value={d}>
                  {d} {d === "1" ? "(easiest)" : d === "5" ? "(hardest)" : ""}
                </option>
              ))}
            </select>
            <ErrorText id="field-difficulty-error" messages={errors.difficulty} />
          </div>
          <TextField name="tags" label="Tags (comma-separated)" value={draft.tags} onChange={(v) => setDraft({ ...draft, tags: v })} errors={errors} />
        </div>
        <CitationPicker draft={draft} errors={errors} onChange={setDraft} evidence={evidence} />
        {versionNote ? <p className="rounded-md border-l-4 border-accent bg-paper px-3 py-2 text-sm">{versionNote}</p> : null}
        <div role="status" aria-live="polite" className="empty:hidden">
          {state?.message ? (
            <p className={`rounded-md border-l-4 bg-card px-3 py-2 text-sm ${refused ? "border-red-700 text-red-800 dark:text-red-300" : "border-green-700 text-green-800 dark:text-green-300"}`}>
              {state.message}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button name="intent" value="save" disabled={pending}>
            {questionId ? "Save" : "Create draft"}
          </Button>
          <Button name="intent" value="preview" variant="secondary" disabled={pending}>
            Preview
          </Button>
        </div>
      </form>
      <section aria-labelledby="preview-title" className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
        <h2 id="preview-title" className="font-serif text-xl font-semibold">
          Preview
        </h2>
        <QuestionPreview draft={draft} evidence={evidence} />
      </section>
    </div>
  );
}
