"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { isTimeZone } from "@/lib/domain/zoned-time";

// The zone every time on the page is shown in (lib/format/time.ts). The server renders with
// the zone of the `tz` cookie (UTC without one); once hydrated, the browser's own zone takes
// over, so a first visit, before the cookie exists, still ends in the viewer's zone. Rendering
// the server's zone during hydration keeps the two renders identical (no mismatch).
const ServerZone = createContext("UTC");

export function ViewerTimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <ServerZone.Provider value={zone}>{children}</ServerZone.Provider>;
}

const noSubscription = () => () => {};

function browserZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : null;
}

export function useViewerTimeZone(): string {
  const serverZone = useContext(ServerZone);
  return useSyncExternalStore(noSubscription, () => browserZone() ?? serverZone, () => serverZone);
}
