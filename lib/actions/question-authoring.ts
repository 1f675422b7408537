// The question editor's actions: save the form (create or edit), and change a question's status.
// The form posts the editor's draft (lib/domain/question-form.ts); buttons other than "save"
// (preview, search, add / remove / move a row) come back here only without JavaScript, and
// return the draft as edited, saving nothing.
import { z } from "zod";
import { defineAction } from "./define-action";
import { createQuestion, saveQuestion, setQuestionStatus } from "@/lib/data/question-authoring";
import { applyIntent, draftToInput, readDraft, type FieldErrors, type QuestionDraft } from "@/lib/domain/question-form";
import { ValidationError } from "@/lib/errors";

/** What the editor shows after a post: the draft as sent (nothing typed is lost) and its problems. */
export type QuestionFormResult = { kind: "edited" | "refused" | "saved"; draft: QuestionDraft; fieldErrors: FieldErrors };

const questionId = z.string().regex(/^[a-z0-9]{10,40}$/, "Not a question id.");

export const saveQuestionForm = defineAction({
  name: "saveQuestionForm",
  access: ["ADMIN"],
  // The draft's own fields are read by readDraft (any missing field reads as empty).
  schema: z.looseObject({ questionId: questionId.optional().or(z.literal("")), intent: z.string().max(40).optional() }),
  async handler(input, context) {
    const draft = readDraft(input);
    const intent = input.intent ?? "save";
    if (intent !== "save") {
      const data: QuestionFormResult = { kind: "edited", draft: applyIntent(draft, intent), fieldErrors: {} };
      return { data, message: intent === "preview" ? "Preview updated below. Nothing is saved yet." : undefined };
    }
    const refused = (message: string, fieldErrors: FieldErrors) => {
      const data: QuestionFormResult = { kind: "refused", draft, fieldErrors };
      return { data, message };
    };
    const checked = draftToInput(draft);
    if (!checked.ok) return refused("Not saved: check the highlighted fields. Everything you typed is still here.", checked.fieldErrors);
    try {
      if (!input.questionId) {
        const created = await createQuestion(context.user, checked.input);
        return { message: "Question created as a draft.", effects: { redirectTo: `/admin/questions/${created.id}?created=1`, revalidate: ["/admin/questions"] } };
      }
      const saved = await saveQuestion(context.user, input.questionId, checked.input);
      const message =
        saved.mode === "new-version"
          ? `Saved as version ${saved.version}: the earlier version has been seen or answered, so it is kept as it was.`
          : `Saved (version ${saved.version}, not seen by anyone yet, was updated in place).`;
      const data: QuestionFormResult = { kind: "saved", draft, fieldErrors: {} };
      return { message, data, effects: { revalidate: [`/admin/questions/${input.questionId}`, "/admin/questions"] } };
    } catch (error) {
      if (error instanceof ValidationError) return refused(`Not saved: ${error.message}`, error.fieldErrors ?? {});
      throw error;
    }
  },
});

export const changeQuestionStatus = defineAction({
  name: "changeQuestionStatus",
  access: ["ADMIN"],
  schema: z.object({ questionId, status: z.enum(["DRAFT", "PUBLISHED", "RETIRED"], "Choose draft, published or retired.") }),
  async handler(input, context) {
    await setQuestionStatus(context.user, input.questionId, input.status);
    const words = { DRAFT: "Back to draft: it can no longer be added to sets.", PUBLISHED: "Published.", RETIRED: "Retired: its versions and history are kept." };
    return { message: words[input.status], effects: { revalidate: [`/admin/questions/${input.questionId}`, "/admin/questions"] } };
  },
});
