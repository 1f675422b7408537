// One way to show calendar dates: UTC, in words, at the precision the date is known to (a
// source published on 15 August 2025). Instants (a deadline, a save) are shown in the viewer's
// zone by lib/format/time.ts.
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "long", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

// Made once: building an Intl.DateTimeFormat costs far more than using one, and a gradebook
// header alone formats 40 dates.
const formatters = Object.fromEntries(Object.entries(formats).map(([precision, options]) => [precision, new Intl.DateTimeFormat("en-GB", options)])) as Record<
  DatePrecision,
  Intl.DateTimeFormat
>;

export function formatDate(date: Date, precision: DatePrecision = "DAY"): string {
  return formatters[precision].format(date);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
