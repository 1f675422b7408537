import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimeZone, offsetMinutes, parseLocal, supportedTimeZones, utcToZoned, zonedToUtc } from "@/lib/domain/zoned-time";

const zones = ["UTC", "Europe/Kyiv", "America/Anchorage", "Asia/Kathmandu", "Australia/Lord_Howe", "America/New_York", "Pacific/Chatham", "Asia/Kolkata"];
const iso = (d: Date | null) => d?.toISOString();

describe("zonedToUtc", () => {
  it("reads a wall time in the zone", () => {
    expect(iso(zonedToUtc("2025-08-15T14:05", "UTC"))).toBe("2025-08-15T14:05:00.000Z");
    expect(iso(zonedToUtc("2025-08-15T14:05", "Europe/Kyiv"))).toBe("2025-08-15T11:05:00.000Z"); // EEST, +3
    expect(iso(zonedToUtc("2025-01-15T14:05", "Europe/Kyiv"))).toBe("2025-01-15T12:05:00.000Z"); // EET, +2
    expect(iso(zonedToUtc("2025-08-15T11:00", "America/Anchorage"))).toBe("2025-08-15T19:00:00.000Z"); // AKDT, -8
    expect(iso(zonedToUtc("2025-08-15T11:00", "Asia/Kathmandu"))).toBe("2025-08-15T05:15:00.000Z"); // +5:45
    expect(iso(zonedToUtc("2025-01-15T12:00", "Australia/Lord_Howe"))).toBe("2025-01-15T01:00:00.000Z"); // +11
    expect(iso(zonedToUtc("2025-07-15T12:00", "Australia/Lord_Howe"))).toBe("2025-07-15T01:30:00.000Z"); // +10:30
  });

  it("moves a time in a spring-forward gap forward by the gap", () => {
    // Kyiv, 30 March 2025: 03:00 → 04:00.
    expect(iso(zonedToUtc("2025-03-30T03:30", "Europe/Kyiv"))).toBe("2025-03-30T01:30:00.000Z");
    expect(utcToZoned(zonedToUtc("2025-03-30T03:30", "Europe/Kyiv")!, "Europe/Kyiv")).toBe("2025-03-30T04:30");
    // Anchorage, 9 March 2025: 02:00 → 03:00.
    expect(utcToZoned(zonedToUtc("2025-03-09T02:15", "America/Anchorage")!, "America/Anchorage")).toBe("2025-03-09T03:15");
    // Lord Howe, 5 October 2025: 02:00 → 02:30 (a half-hour shift).
    expect(utcToZoned(zonedToUtc("2025-10-05T02:10", "Australia/Lord_Howe")!, "Australia/Lord_Howe")).toBe("2025-10-05T02:40");
  });

  it("takes the earlier instant of a time that happens twice", () => {
    // Kyiv, 26 October 2025: 04:00 → 03:00, so 03:30 happens at 00:30Z and 01:30Z.
    expect(iso(zonedToUtc("2025-10-26T03:30", "Europe/Kyiv"))).toBe("2025-10-26T00:30:00.000Z");
    // Anchorage, 2 November 2025: 02:00 → 01:00.
    expect(iso(zonedToUtc("2025-11-02T01:30", "America/Anchorage"))).toBe("2025-11-02T09:30:00.000Z");
    // Lord Howe, 6 April 2025: 02:00 → 01:30.
    expect(iso(zonedToUtc("2025-04-06T01:45", "Australia/Lord_Howe"))).toBe("2025-04-05T14:45:00.000Z");
  });

  it("refuses what is not a real time or a known zone", () => {
    for (const bad of ["", "2025-02-30T10:00", "2025-13-01T10:00", "2025-01-01T24:00", "2025-01-01 10:00", "2025-01-01T10:00:00", "<script>", "NaN"]) {
      expect(zonedToUtc(bad, "UTC"), bad).toBeNull();
    }
    expect(zonedToUtc("2025-01-01T10:00", "Mars/Olympus_Mons")).toBeNull();
    expect(parseLocal("2024-02-29T00:00")).not.toBeNull();
    expect(parseLocal("2025-02-29T00:00")).toBeNull();
  });
});

describe("round trips", () => {
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }).map((m) => new Date(m * 60_000));

  it("UTC instant → wall time → the same instant, except the later of a repeated hour", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, at) => {
        const back = zonedToUtc(utcToZoned(at, zone), zone)!;
        if (back.getTime() === at.getTime()) return;
        // Only the second pass of a repeated wall time maps to another (earlier) instant.
        expect(back.getTime()).toBeLessThan(at.getTime());
        expect(utcToZoned(back, zone)).toBe(utcToZoned(at, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("wall time → instant → the same wall time, unless it fell in a gap (then later)", () => {
    const wall = fc.record({
      y: fc.integer({ min: 2000, max: 2039 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
    });
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.constantFrom(...zones), wall, (zone, w) => {
        const local = `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
        const shown = utcToZoned(zonedToUtc(local, zone)!, zone);
        expect(shown >= local).toBe(true);
        if (shown !== local) expect(Date.parse(`${shown}Z`) - Date.parse(`${local}Z`)).toBeLessThanOrEqual(60 * 60_000);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds every hour of 2025 in each of the zones we promise", () => {
    for (const zone of zones.slice(0, 5)) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 60 * 60_000) {
        const at = new Date(t);
        const back = zonedToUtc(utcToZoned(at, zone), zone)!;
        expect(back.getTime() <= t && utcToZoned(back, zone) === utcToZoned(at, zone), `${zone} ${at.toISOString()}`).toBe(true);
      }
    }
  });
});

describe("zones and display", () => {
  it("knows real zones and refuses others", () => {
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(supportedTimeZones()).toContain("UTC");
    expect(supportedTimeZones()).toContain("America/Anchorage");
    // Listed under their old names by ICU; browsers report the new ones.
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(supportedTimeZones("Europe/Kyiv")).toContain("Europe/Kyiv");
    expect(supportedTimeZones("Nowhere/Land")).not.toContain("Nowhere/Land");
    expect(supportedTimeZones()[0]).toBe("UTC");
    for (const forged of ["../../etc", "Europe/Kyiv; path=/", "a".repeat(200), "Europe/Kyiv\u0000"]) expect(isTimeZone(forged), forged).toBe(false);
  });

  it("measures offsets in minutes", () => {
    expect(offsetMinutes("Asia/Kathmandu", new Date("2025-01-01T00:00:00Z"))).toBe(345);
    expect(offsetMinutes("America/Anchorage", new Date("2025-01-01T00:00:00Z"))).toBe(-540);
  });
});
