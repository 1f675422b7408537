// Wall-clock times in an IANA time zone, converted to and from UTC with Intl alone (no date
// library). A form's datetime-local "2025-08-15T14:05" means 14:05 in the zone the teacher
// chose; the database stores the UTC instant. Daylight-saving edges are settled one way:
// a local time that does not exist (the hour skipped in spring) moves forward by the gap, and
// one that happens twice (the hour repeated in autumn) takes the earlier instant.

export const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** What an IANA name looks like ("UTC", "America/Argentina/San_Juan", "Etc/GMT+5"). */
const zonePattern = /^[A-Za-z][A-Za-z0-9_+-]{0,29}(\/[A-Za-z0-9_+-]{1,30}){0,2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether Intl knows this zone name (case as Intl spells it, or any case it accepts). */
export function isTimeZone(zone: string): boolean {
  if (typeof zone !== "string" || !zonePattern.test(zone)) return false;
  if (formatters.has(zone)) return true;
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every zone this runtime lists, plus UTC and `also` (a zone the viewer uses), sorted. The list
 * spells some zones by their old names (Europe/Kiev, Asia/Katmandu) while browsers report the
 * new ones (Europe/Kyiv, Asia/Kathmandu), so a zone Intl accepts counts even when not listed.
 */
export function supportedTimeZones(also?: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  if (also && isTimeZone(also)) zones.add(also);
  return [...zones].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
}

/** The zone's offset from UTC at `instant`, in minutes (Kyiv in summer: +180). */
export function offsetMinutes(zone: string, instant: Date): number {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - seconds) / 60_000);
}

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

/** "2025-08-15T14:05" → its parts, or null when it is not a real calendar time. */
export function parseLocal(value: string): LocalParts | null {
  const match = localPattern.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (year < 1000 || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, hour, minute };
}

/**
 * The UTC instant of a wall-clock time in `zone`, or null when `local` is not a valid
 * "YYYY-MM-DDTHH:mm" or the zone is unknown.
 */
export function zonedToUtc(local: string, zone: string): Date | null {
  const parts = parseLocal(local);
  if (!parts || !isTimeZone(zone)) return null;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // The offsets in force a day either side cover any transition near this wall time.
  const candidates = new Set([offsetMinutes(zone, new Date(wall - 86_400_000)), offsetMinutes(zone, new Date(wall + 86_400_000))]);
  const matches = [...candidates]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => offsetMinutes(zone, new Date(instant)) * 60_000 === wall - instant)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]); // the earlier of an ambiguous pair
  // In a gap: read the wall time with the offset from before the gap, which lands after it
  // (02:30 in a 02:00→03:00 spring-forward becomes 03:30).
  const before = offsetMinutes(zone, new Date(wall - 86_400_000));
  return new Date(wall - before * 60_000);
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of `instant` in `zone` (what a datetime-local input shows). */
export function utcToZoned(instant: Date, zone: string): string {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year.padStart(4, "0")}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
