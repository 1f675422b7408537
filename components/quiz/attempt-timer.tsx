"use client";

import { useEffect, useState } from "react";
import { DEADLINE_GRACE_MS } from "@/lib/domain/deadlines";
import { useAttemptContext } from "./attempt-context";

export type AttemptTimerProps = {
  deadlineAt: Date;
  /** The server's clock when the page was rendered: the timer follows it, not the device's. */
  serverNow: number;
};

const thresholds = [5, 1];

function clock(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * Time left until the deadline the server enforces. Announces 5 and 1 minutes left (not every
 * second); at zero says so, then reloads once the server has closed the attempt.
 */
export function AttemptTimer({ deadlineAt, serverNow }: AttemptTimerProps) {
  const context = useAttemptContext();
  const deadline = new Date(deadlineAt).getTime();
  const [left, setLeft] = useState(deadline - serverNow);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const offset = serverNow - Date.now();
    let previous = deadline - serverNow;
    let reload: ReturnType<typeof setTimeout> | null = null;
    const tick = () => {
      const now = deadline - (Date.now() + offset);
      setLeft(now);
      for (const minutes of thresholds) {
        if (previous > minutes * 60_000 && now <= minutes * 60_000 && now > 0) {
          setAnnouncement(minutes === 1 ? "1 minute left." : `${minutes} minutes left.`);
        }
      }
      previous = now;
      if (now <= 0 && reload === null) {
        setAnnouncement("Time is up. Your saved answers are being submitted.");
        context?.timeUp();
        // The server closes the attempt after a short grace for saves still on their way.
        reload = setTimeout(() => window.location.reload(), DEADLINE_GRACE_MS + 1000);
      }
    };
    tick();
    const interval = setInterval(tick, 1000);
    return () => {
      clearInterval(interval);
      if (reload !== null) clearTimeout(reload);
    };
    // The context's timeUp is stable in effect; restarting the clock on every render is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline, serverNow]);

  const up = left <= 0;
  const low = left <= 5 * 60_000;
  return (
    <div className="flex shrink-0 flex-col items-end gap-0.5 text-right">
      <p className={`text-sm ${low ? "font-semibold text-red-700 dark:text-red-300" : "text-muted"}`}>
        {up ? (
          "Time is up"
        ) : (
          <>
            Time left{" "}
            <span role="timer" aria-live="off" className="font-mono text-base tabular-nums">
              {clock(left)}
            </span>
          </>
        )}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {up ? <p className="text-sm">Your saved answers are being submitted; this page will reload.</p> : null}
    </div>
  );
}
