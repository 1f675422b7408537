"use client";

import { Bar } from "@/components/ui/bar";
import { useAttemptContext } from "./attempt-context";

export type ProgressMeterProps = { total: number; answered: number[] };

/** Answered out of total, as a bar with an accessible name and value. */
export function ProgressMeter({ total, answered }: ProgressMeterProps) {
  const context = useAttemptContext();
  const count = context ? context.answered.size : answered.length;
  const percent = total ? Math.round((count / total) * 100) : 0;
  const label = `${count} of ${total} answered`;
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-sm font-medium" aria-hidden="true">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label="Questions answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={count}
        aria-valuetext={label}
      >
        <Bar percent={percent} />
      </div>
    </div>
  );
}
