"use client";

import { formatDateTime, type TimeOptions } from "@/lib/format/time";
import { useViewerTimeZone } from "./viewer-time-zone";

export type ZonedDateTimeProps = { iso: string } & Pick<TimeOptions, "withZone">;

/** The text of a date and time in the viewer's zone (components/quiz/date-time.tsx wraps it). */
export function ZonedDateTime({ iso, withZone }: ZonedDateTimeProps) {
  return formatDateTime(new Date(iso), useViewerTimeZone(), { withZone });
}
