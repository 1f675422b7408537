import { formatDate, formatDateTime } from "@/lib/format/dates";

export type DateTimeProps = { date: Date; /** Show the time of day too (UTC, like every date here). */ withTime?: boolean };

/** A date in words, as lib/format/dates shows them, in a <time> element. */
export function DateTime({ date, withTime = false }: DateTimeProps) {
  const value = new Date(date);
  return <time dateTime={value.toISOString()}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
