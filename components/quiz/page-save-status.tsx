"use client";

import { Button } from "@/components/ui/button";
import { useAttemptContext } from "./attempt-context";
import { haltMessages } from "./save-messages";
import { useHydrated } from "./use-hydrated";

/** The page's saving state in one line, and what to do when saving has stopped. */
export function PageSaveStatus() {
  const context = useAttemptContext();
  const hydrated = useHydrated();
  const statuses = [...(context?.statuses.values() ?? [])];
  if (context?.halted) {
    return (
      <div role="alert" className="flex flex-col gap-3 rounded-md border-l-4 border-red-700 bg-card px-4 py-3 sm:flex-row sm:items-center sm:justify-between dark:border-red-400">
        <p className="font-medium text-red-800 dark:text-red-300">{haltMessages[context.halted]}</p>
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </div>
    );
  }
  const retrying = statuses.find((s) => s.kind === "retrying");
  const text = retrying
    ? `Not saved yet: ${retrying.message}. Your changes are kept here and sent when the connection is back.`
    : statuses.some((s) => s.kind === "saving")
      ? "Saving…"
      : statuses.some((s) => s.kind === "error")
        ? "Some answers are not saved: see the message under the question."
        : statuses.length > 0
          ? "All changes saved."
          : hydrated
            ? "Answers are saved as you go."
            : "Answers are saved when you go to another question or submit.";
  return (
    <p role="status" aria-live="polite" className={`text-sm ${retrying ? "font-medium text-red-700 dark:text-red-300" : "text-muted"}`}>
      {text}
    </p>
  );
}
