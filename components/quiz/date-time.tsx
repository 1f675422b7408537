"use client";

import { useViewerTimeZone } from "@/components/ui/viewer-time-zone";
import { formatDate } from "@/lib/format/dates";
import { formatDateTime } from "@/lib/format/time";

export type DateTimeProps = {
  date: Date;
  /** Show the time of day too, in the viewer's zone (lib/format/time.ts). */
  withTime?: boolean;
  /** Name the zone: for deadlines and due times, where a misread costs something. */
  withZone?: boolean;
};

/** A date in words, or a date and time in the viewer's zone, in a <time> element. */
export function DateTime({ date, withTime = false, withZone = false }: DateTimeProps) {
  const zone = useViewerTimeZone();
  const value = new Date(date);
  return <time dateTime={value.toISOString()}>{withTime ? formatDateTime(value, zone, { withZone }) : formatDate(value)}</time>;
}
