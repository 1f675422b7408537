// The bundle writes an as-of date at its precision ("2025", "2025-06", "2025-06-15"); the
// database stores the first day of that period and the precision.
import { z } from "zod";

/** "2025", "2025-06" or "2025-06-15": how precise the as-of date is follows from its form. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "as-of dates are YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [year, month = "01", day = "01"] = value.split("-");
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
  }, "not a real date");

export function parsePartialDate(value: string): { date: Date; precision: "YEAR" | "MONTH" | "DAY" } {
  const [year, month = "01", day = "01"] = value.split("-");
  const precision = value.length === 4 ? "YEAR" : value.length === 7 ? "MONTH" : "DAY";
  return { date: new Date(`${year}-${month}-${day}T00:00:00Z`), precision };
}
