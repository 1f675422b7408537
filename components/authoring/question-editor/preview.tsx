"use client";

import { QuestionFieldset } from "@/components/quiz/question-fieldset";
import { ReviewItemCard } from "@/components/review/review-item-card";
import type { EvidenceChoice } from "@/lib/data/question-authoring";
import type { ReviewItem } from "@/lib/data/review";
import { draftToInput, type QuestionDraft } from "@/lib/domain/question-form";
import { questionTypes } from "@/lib/domain/question-types";
import { renderMarkdown } from "@/lib/format/markdown";

export type QuestionPreviewProps = { draft: QuestionDraft; evidence: EvidenceChoice[] };

/**
 * The question as a student sees it, and its review as it will appear (answered with the key),
 * both drawn by the same components as the real pages, from the draft as it is now: in the
 * browser as you type, and on the server after a Preview without JavaScript.
 */
export function QuestionPreview({ draft, evidence }: QuestionPreviewProps) {
  const checked = draftToInput(draft);
  if (!checked.ok) {
    const count = Object.keys(checked.fieldErrors).length;
    return (
      <p className="rounded-md border border-dashed border-line px-4 py-3 text-sm text-muted">
        The preview appears when the question is complete ({count} {count === 1 ? "field needs" : "fields need"} attention: save to see where).
      </p>
    );
  }
  const { input } = checked;
  const { content } = input;
  const keyAnswer = questionTypes[content.type].keyAnswer(content.key as never);
  const citations = input.citationIds.map((id) => evidence.find((e) => e.id === id)?.citation).filter((c) => c !== undefined);
  const item = {
    type: content.type,
    options: content.options,
    answer: keyAnswer,
    key: content.key,
    feedback: content.feedback ?? null,
    position: 0,
    stem: input.stem,
    points: input.points,
    score: input.points,
    correct: true,
    heldBack: false,
    explanationHtml: input.explanation ? renderMarkdown(input.explanation) : null,
    citations,
    related: [],
  } as ReviewItem;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="preview-taking-title" className="flex flex-col gap-2">
        <h3 id="preview-taking-title" className="text-sm font-semibold tracking-wide text-muted uppercase">
          As a student sees it
        </h3>
        <QuestionFieldset question={{ type: content.type, options: content.options, answer: null, position: 0, stem: input.stem, points: input.points } as never} total={1} />
      </section>
      <section aria-labelledby="preview-review-title" className="flex flex-col gap-2">
        <h3 id="preview-review-title" className="text-sm font-semibold tracking-wide text-muted uppercase">
          The review, answered right
        </h3>
        <ul className="flex flex-col">
          <ReviewItemCard item={item} total={1} answersVisible />
        </ul>
      </section>
    </div>
  );
}
