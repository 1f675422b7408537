// The bundle writes an as-of date at its precision ("2025", "2025-06", "2025-06-15"); the
// database stores the first day of that period and the precision.
export function parsePartialDate(value: string): { date: Date; precision: "YEAR" | "MONTH" | "DAY" } {
  const [year, month = "01", day = "01"] = value.split("-");
  const precision = value.length === 4 ? "YEAR" : value.length === 7 ? "MONTH" : "DAY";
  return { date: new Date(`${year}-${month}-${day}T00:00:00Z`), precision };
}
