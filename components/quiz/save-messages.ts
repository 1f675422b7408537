import { formatTime } from "@/lib/format/time";
import type { HaltReason, SaveStatus } from "./autosave-queue";

export const haltMessages: Record<HaltReason, string> = {
  stale: "These answers were changed in another tab or window, so this page stopped saving. Reload to see the latest answers.",
  submitted: "This attempt has been submitted, so answers can no longer change. Reload to see your review.",
  "time-up": "Time is up: the answers saved before the deadline count. Reload to see your review.",
  "not-found": "This attempt could not be found. Reload the page.",
};

/**
 * One question's save status in words; null when there is nothing to say. Times are in `zone`,
 * the viewer's, formatted like every other time on the page (lib/format/time.ts).
 */
export function statusText(status: SaveStatus | undefined, halted: HaltReason | null, zone: string): { text: string; problem: boolean } | null {
  if (!status) return null;
  if (halted && (status.kind === "saving" || status.kind === "retrying")) return { text: "Not saved: saving has stopped.", problem: true };
  switch (status.kind) {
    case "saving":
      return { text: "Saving…", problem: false };
    case "saved":
      return { text: `Saved ${formatTime(status.at, zone)}`, problem: false };
    case "retrying":
      return { text: `Not saved yet: ${status.message}. Trying again…`, problem: true };
    case "error":
      return { text: `Not saved: ${status.message}`, problem: true };
  }
}

/** What the submit confirmation asks. */
export function submitQuestion(unanswered: number): string {
  const warning = unanswered === 0 ? "" : unanswered === 1 ? "1 question is not answered. " : `${unanswered} questions are not answered. `;
  return `${warning}Submit your answers? You cannot change them afterwards.`;
}
