"use client";

import { useViewerTimeZone } from "@/components/ui/viewer-time-zone";
import { fieldName } from "@/lib/domain/answer-form";
import { useAttemptContext } from "./attempt-context";
import { statusText } from "./save-messages";

export type QuestionSaveStatusProps = { position: number; savedAt: Date | null };

/** "Saving…", "Saved 10:42" or why not, announced politely; also the page post's error for it. */
export function QuestionSaveStatus({ position, savedAt }: QuestionSaveStatusProps) {
  const context = useAttemptContext();
  const zone = useViewerTimeZone();
  const postError = context?.fieldErrors[fieldName(position)]?.join(" ");
  const live = statusText(context?.statuses.get(position), context?.halted ?? null, zone);
  const shown = postError ? { text: `Not saved: ${postError}`, problem: true } : (live ?? (savedAt ? { text: "Saved", problem: false } : null));
  return (
    <p
      role="status"
      aria-live="polite"
      className={`min-h-5 text-sm ${shown?.problem ? "font-medium text-red-700 dark:text-red-300" : "text-muted"}`}
    >
      {shown?.text}
    </p>
  );
}
