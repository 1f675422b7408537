import "server-only";
// The viewer's time zone, from the `tz` cookie the browser writes (components/ui/time-zone-cookie.tsx).
// Only a zone this runtime knows is believed; anything else (no cookie, no JavaScript, a forged
// value) is UTC. Times are stored in UTC and only shown or typed in this zone.
import { cookies } from "next/headers";
import { isTimeZone, supportedTimeZones } from "@/lib/domain/zoned-time";

export const timeZoneCookie = "tz";

let known: Set<string> | null = null;

export function knownTimeZone(value: string | undefined | null): string | null {
  if (!value) return null;
  known ??= new Set(supportedTimeZones());
  let zone = value;
  try {
    zone = decodeURIComponent(value);
  } catch {
    return null;
  }
  // Listed, or a current name of a listed zone (Europe/Kyiv for the listed Europe/Kiev).
  return known.has(zone) || isTimeZone(zone) ? zone : null;
}

export async function viewerTimeZone(): Promise<string> {
  return knownTimeZone((await cookies()).get(timeZoneCookie)?.value) ?? "UTC";
}
