import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime } from "@/lib/format/time";
import { offsetMinutes, utcToZoned } from "@/lib/domain/zoned-time";

const summit = new Date("2025-08-15T11:05:09Z");

describe("formatTime and formatDateTime", () => {
  it("show one style, 24-hour, in the zone given, naming it only when asked", () => {
    expect(formatTime(summit, "UTC")).toBe("11:05");
    expect(formatTime(summit, "Europe/Kyiv")).toBe("14:05");
    expect(formatTime(summit, "Europe/Kyiv", { withZone: true })).toBe("14:05 (Europe/Kyiv)");
    expect(formatTime(summit, "America/Anchorage", { seconds: true })).toBe("03:05:09");
    expect(formatDateTime(summit, "Europe/Kyiv")).toBe("15 August 2025, 14:05");
    expect(formatDateTime(summit, "UTC", { withZone: true })).toBe("15 August 2025, 11:05 (UTC)");
    expect(formatTime(new Date("2025-08-15T23:59:00Z"), "UTC")).toBe("23:59");
    expect(formatTime(new Date("2025-08-15T00:00:00Z"), "UTC")).toBe("00:00");
  });

  it("moves the date with the zone: the same instant is another day in Anchorage and in Kathmandu", () => {
    expect(formatDateTime(new Date("2025-08-15T00:05:00Z"), "America/Anchorage", { withZone: true })).toBe("14 August 2025, 16:05 (America/Anchorage)");
    expect(formatDateTime(new Date("2025-08-15T20:00:00Z"), "Asia/Kathmandu")).toBe("16 August 2025, 01:45");
  });

  it("follows daylight saving: the same wall time before and after the change, and the skipped and repeated hours", () => {
    // London: clocks go forward at 01:00 UTC on 30 March 2025, back at 01:00 UTC on 26 October.
    expect(formatTime(new Date("2025-03-30T00:59:00Z"), "Europe/London")).toBe("00:59");
    expect(formatTime(new Date("2025-03-30T01:00:00Z"), "Europe/London")).toBe("02:00");
    expect(formatTime(new Date("2025-10-26T00:30:00Z"), "Europe/London")).toBe("01:30");
    expect(formatTime(new Date("2025-10-26T01:30:00Z"), "Europe/London")).toBe("01:30");
    // New York, 9 March 2025: 01:59 EST is followed by 03:00 EDT.
    expect(formatTime(new Date("2025-03-09T06:59:00Z"), "America/New_York", { withZone: true })).toBe("01:59 (America/New_York)");
    expect(formatTime(new Date("2025-03-09T07:00:00Z"), "America/New_York", { withZone: true })).toBe("03:00 (America/New_York)");
  });

  it("agrees with the zone's offset for any instant and zone", () => {
    const zones = ["UTC", "Europe/Kyiv", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham"];
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        const wall = new Date(at.getTime() + offsetMinutes(zone, at) * 60_000);
        const hh = String(wall.getUTCHours()).padStart(2, "0");
        const mm = String(wall.getUTCMinutes()).padStart(2, "0");
        expect(formatTime(at, zone)).toBe(`${hh}:${mm}`);
        // The same wall clock as the datetime-local conversion the forms use.
        expect(formatTime(at, zone)).toBe(utcToZoned(at, zone).slice(11));
        expect(formatDateTime(at, zone, { withZone: true })).toMatch(new RegExp(`^\\d{1,2} [A-Z][a-z]+ \\d{4}, ${hh}:${mm} \\(${zone.replace("/", "\\/")}\\)$`));
      }),
    );
  });
});
