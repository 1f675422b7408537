"use client";

import { useEffect } from "react";

/**
 * Tells the server the browser's time zone (a `tz` cookie), so that times are shown and typed
 * in the viewer's zone. Without JavaScript the server uses UTC and forms offer a zone picker.
 */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || document.cookie.split("; ").includes(`tz=${encodeURIComponent(zone)}`)) return;
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
  }, []);
  return null;
}
