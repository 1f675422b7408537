"use client";
// Keeps the live view fresh: polls the JSON route every 3 s while the tab is visible, backs off
// (up to a minute) after errors, and stops on a refusal. Screen readers hear one polite summary
// of the counts when they change, not every row.
import { useEffect, useRef, useState } from "react";
import { useViewerTimeZone } from "@/components/ui/viewer-time-zone";
import { describeCounts, type LiveView } from "@/lib/domain/live-status";
import { formatTime } from "@/lib/format/time";
import { LiveCountsList, LiveTable } from "./live-table";

export type LiveBoardProps = { initial: LiveView; endpoint: string; refreshHref: string };

const interval = 3000;
const maxDelay = 60_000;

export function LiveBoard({ initial, endpoint, refreshHref }: LiveBoardProps) {
  const [view, setView] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const lastSummary = useRef(describeCounts(initial.counts));
  const zone = useViewerTimeZone();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let delay = interval;
    let stopped = false;

    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && !document.hidden) timer = setTimeout(poll, delay);
    };

    async function poll() {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(endpoint, { cache: "no-store", headers: { accept: "application/json" }, signal: controller.signal });
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          stopped = true;
          setProblem("This view stopped updating: reload the page (you may need to sign in again).");
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const next = (await response.json()) as LiveView;
        setView(next);
        setProblem(null);
        delay = interval;
        const summary = describeCounts(next.counts);
        if (summary !== lastSummary.current) {
          lastSummary.current = summary;
          setAnnouncement(summary);
        }
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
        delay = Math.min(delay * 2, maxDelay);
        setProblem(`Could not update: trying again in ${Math.round(delay / 1000)} seconds.`);
      }
      schedule();
    }

    const onVisibility = () => {
      if (document.hidden) {
        clearTimeout(timer);
        controller?.abort();
      } else if (!stopped) {
        void poll();
      }
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [endpoint]);

  return (
    <div className="flex flex-col gap-5">
      <LiveCountsList view={view} />
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        <span>
          Updated at <time dateTime={view.generatedAt}>{formatTime(new Date(view.generatedAt), zone, { seconds: true })}</time>
        </span>
        <a href={refreshHref} className="text-accent underline">
          Refresh
        </a>
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {problem}
      </p>
      <LiveTable view={view} zone={zone} />
    </div>
  );
}
