import { defineAction } from "./define-action";
import { questionAfter, type Go } from "@/lib/domain/navigation";
import { getAttemptForTaking, startAttempt as start, submitAttempt as submit } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { scorePublicQuiz, getPublicQuiz } from "@/lib/data/public-quiz";
import { answerFromFields, fieldName, readerOf } from "@/lib/domain/answer-form";
import { AttemptConflictError, ValidationError } from "@/lib/errors";
import { SavePageSchema, StartAttemptSchema, SubmitAttemptSchema, TryPublicQuizSchema } from "@/lib/validation/attempts";

export const startAttempt = defineAction({
  name: "startAttempt",
  access: "signed-in",
  schema: StartAttemptSchema,
  async handler(input, context) {
    const target = "assignmentId" in input ? input : "quizSetSlug" in input ? input : ({ missed: true } as const);
    const attemptId = await start(context.user, target);
    return { effects: { redirectTo: `/attempts/${attemptId}` } };
  },
});

/**
 * The taking page without JavaScript: saves every answer on the page, then moves to another
 * question, or submits. (With JavaScript each change is already saved through the autosave
 * route; this saves again, harmlessly, with the latest sequence.)
 */
export const saveAttemptPage = defineAction({
  name: "saveAttemptPage",
  access: "signed-in",
  schema: SavePageSchema,
  async handler(input, context) {
    const attempt = await getAttemptForTaking(context.user, input.attemptId);
    const read = readerOf(input as Record<string, unknown>);
    let sequence = input.sequence;
    const problems: Record<string, string[]> = {};
    if (attempt.status === "IN_PROGRESS") {
      for (const position of input.positions) {
        const question = attempt.questions.find((q) => q.position === position);
        if (!question) continue;
        const found = answerFromFields(question, position, read);
        if (found.kind === "invalid") problems[`q${position}`] = [found.message];
        // A field emptied on the page clears the answer saved before.
        const answer = found.kind === "answer" ? found.answer : found.kind === "empty" && question.answer !== null ? null : undefined;
        if (answer === undefined) continue;
        ({ sequence } = await saveAnswer(context.user, { attemptId: attempt.id, position, answer, sequence }));
      }
    }
    if (Object.keys(problems).length) throw new ValidationError("One answer could not be saved: check it.", problems);
    const base = `/attempts/${attempt.id}`;
    if (attempt.status !== "IN_PROGRESS") throw new AttemptConflictError("submitted");
    // With JavaScript the browser has asked "Submit?" already (confirmed=1); without it, the
    // answers are saved and a page asks.
    if (input.go === "submit" && (input as { confirmed?: unknown }).confirmed !== "1") return { effects: { redirectTo: `${base}/submit` } };
    if (input.go === "submit") {
      await submit(context.user, attempt.id);
      return { effects: { redirectTo: `${base}/review` } };
    }
    if (input.go === "all") return { effects: { redirectTo: `${base}?view=all` } };
    return { effects: { redirectTo: `${base}?q=${questionAfter(input.go as Exclude<Go, "all">, input.positions, attempt.questions.length)}` } };
  },
});

export const submitAttempt = defineAction({
  name: "submitAttempt",
  access: "signed-in",
  schema: SubmitAttemptSchema,
  async handler(input, context) {
    await submit(context.user, input.attemptId);
    return { effects: { redirectTo: `/attempts/${input.attemptId}/review` } };
  },
});

/** A visitor's answers to the public set: scored and explained, never stored. */
export const tryPublicQuiz = defineAction({
  name: "tryPublicQuiz",
  access: "anyone",
  schema: TryPublicQuizSchema,
  async handler(input) {
    const quiz = await getPublicQuiz(input.slug);
    const read = readerOf(input as Record<string, unknown>);
    const answers: Record<number, unknown> = {};
    const problems: Record<string, string[]> = {};
    for (const question of quiz.questions) {
      const found = answerFromFields(question, question.position, read);
      if (found.kind === "answer") answers[question.position] = found.answer;
      // The same refusal as the taking page: an answer the form cannot read is never scored as
      // none behind the visitor's back (app/actions/try-quiz.tsx shows their choices again).
      if (found.kind === "invalid") problems[fieldName(question.position)] = [found.message];
    }
    if (Object.keys(problems).length) {
      const count = Object.keys(problems).length;
      throw new ValidationError(count === 1 ? "One answer could not be checked: see the question marked below." : `${count} answers could not be checked: see the questions marked below.`, problems);
    }
    return { data: { slug: input.slug, result: await scorePublicQuiz(input.slug, answers) } };
  },
});
