// One way to show an instant (a deadline, a save, a sign-in): in the viewer's time zone, with
// a 24-hour clock, "15 August 2025, 14:05", and the zone named where a misread costs something
// (deadlines, due times, when time ran out): "15 August 2025, 14:05 (Europe/Kyiv)". Pure, so the
// server (zone from the `tz` cookie, lib/auth/time-zone.ts) and the browser (its own zone,
// components/ui/viewer-time-zone.tsx) format alike. Calendar dates known only to a day (a
// source's publication date) are not instants: lib/format/dates.ts shows those.

export type TimeOptions = {
  /** Name the zone after the time: "14:05 (Europe/Kyiv)". */
  withZone?: boolean;
  /** "14:05:09": for a view that refreshes every few seconds. */
  seconds?: boolean;
};

// Building an Intl.DateTimeFormat costs far more than using one: one per zone and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(instant: Date, zone: string, seconds: boolean): Record<string, string> {
  const cacheKey = `${zone} ${seconds}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      ...(seconds ? { second: "2-digit" } : {}),
      hourCycle: "h23",
    });
    formatters.set(cacheKey, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
}

const zoneSuffix = (zone: string, { withZone = false }: TimeOptions) => (withZone ? ` (${zone})` : "");

/** "14:05", "14:05:09" or "14:05 (Europe/Kyiv)": the time of day in `zone`. */
export function formatTime(instant: Date, zone: string, options: TimeOptions = {}): string {
  const p = partsOf(instant, zone, options.seconds ?? false);
  return `${p.hour}:${p.minute}${options.seconds ? `:${p.second}` : ""}${zoneSuffix(zone, options)}`;
}

/** "15 August 2025, 14:05", or with the zone named: "15 August 2025, 14:05 (Europe/Kyiv)". */
export function formatDateTime(instant: Date, zone: string, options: TimeOptions = {}): string {
  const p = partsOf(instant, zone, options.seconds ?? false);
  return `${p.day} ${p.month} ${p.year}, ${formatTime(instant, zone, { seconds: options.seconds })}${zoneSuffix(zone, options)}`;
}
