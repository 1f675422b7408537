import { ZonedDateTime } from "@/components/ui/zoned-date-time";
import { formatDate } from "@/lib/format/dates";

export type DateTimeProps = {
  date: Date;
  /** Show the time of day too, in the viewer's zone (lib/format/time.ts). */
  withTime?: boolean;
  /** Name the zone: for deadlines and due times, where a misread costs something. */
  withZone?: boolean;
};

/**
 * A date in words, or a date and time in the viewer's zone, in a <time> element. Not a client
 * component itself: a date alone needs no zone, and a client component that only a server
 * action's reply renders (the try page's result) is missing from the page's client manifest.
 */
export function DateTime({ date, withTime = false, withZone = false }: DateTimeProps) {
  const value = new Date(date);
  return <time dateTime={value.toISOString()}>{withTime ? <ZonedDateTime iso={value.toISOString()} withZone={withZone} /> : formatDate(value)}</time>;
}
