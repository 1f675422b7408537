import { AttemptTimer } from "./attempt-timer";
import { PageSaveStatus } from "./page-save-status";
import { ProgressMeter } from "./progress-meter";

export type AttemptStatusBarProps = {
  total: number;
  answered: number[];
  deadlineAt: Date | null;
  /** The server's clock when the page was rendered (see AttemptTimer). */
  serverNow: number;
};

/**
 * Progress, time left and save state, stuck to the top of the screen while the student scrolls
 * through a long question (issue 12 item 9): on a phone the timer used to scroll away.
 * `attempt-status-bar` gives the page a scroll padding (app/globals.css), so a field focused
 * with the keyboard is never hidden under it.
 */
export function AttemptStatusBar({ total, answered, deadlineAt, serverNow }: AttemptStatusBarProps) {
  return (
    <section
      aria-label="Progress"
      className="attempt-status-bar sticky top-0 z-20 -mx-4 flex flex-col gap-1.5 border-b border-line bg-card px-4 py-2.5 shadow-sm sm:mx-0 sm:gap-3 sm:rounded-lg sm:border sm:p-4"
    >
      <div className="flex items-start justify-between gap-4 sm:gap-6">
        <div className="min-w-0 flex-1">
          <ProgressMeter total={total} answered={answered} />
        </div>
        {deadlineAt ? <AttemptTimer deadlineAt={deadlineAt} serverNow={serverNow} /> : null}
      </div>
      <PageSaveStatus />
    </section>
  );
}
