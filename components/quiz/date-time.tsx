import { formatDate } from "@/lib/format/dates";

export type DateTimeProps = { date: Date; /** Show the time of day too (UTC, like every date here). */ withTime?: boolean };

const timeOfDay = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** A date in words, as lib/format/dates shows them, in a <time> element. */
export function DateTime({ date, withTime = false }: DateTimeProps) {
  const value = new Date(date);
  return <time dateTime={value.toISOString()}>{withTime ? `${formatDate(value)}, ${timeOfDay.format(value)} UTC` : formatDate(value)}</time>;
}
