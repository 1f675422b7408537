import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, isoDay } from "@/lib/format/dates";

const months = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

describe("formatDate", () => {
  const summit = new Date("2025-08-15T00:00:00Z");

  it("formats a day in words by default", () => {
    expect(formatDate(summit)).toBe("15 August 2025");
    expect(formatDate(summit, "DAY")).toBe("15 August 2025");
  });

  it("formats at month and year precision", () => {
    expect(formatDate(summit, "MONTH")).toBe("August 2025");
    expect(formatDate(summit, "YEAR")).toBe("2025");
  });

  it("uses UTC, so a late-evening or early-morning time keeps its day", () => {
    expect(formatDate(new Date("2025-08-15T23:30:00Z"))).toBe("15 August 2025");
    expect(formatDate(new Date("2025-12-31T23:30:00Z"), "YEAR")).toBe("2025");
    expect(formatDate(new Date("2026-01-01T00:30:00Z"), "MONTH")).toBe("January 2026");
  });

  it("agrees with the UTC calendar fields for any date", () => {
    const dateArb = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
    fc.assert(
      fc.property(dateArb, (date) => {
        const [day, month, year] = [date.getUTCDate(), months[date.getUTCMonth()], date.getUTCFullYear()];
        expect(formatDate(date)).toBe(`${day} ${month} ${year}`);
        expect(formatDate(date, "MONTH")).toBe(`${month} ${year}`);
        expect(formatDate(date, "YEAR")).toBe(`${year}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe("isoDay", () => {
  it("gives the UTC day", () => {
    expect(isoDay(new Date("2025-08-15T23:30:00Z"))).toBe("2025-08-15");
  });
});
