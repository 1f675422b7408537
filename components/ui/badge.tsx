import type { ReactNode } from "react";

export type BadgeProps = { children: ReactNode; tone?: "neutral" | "accent" };

export function Badge({ children, tone = "neutral" }: BadgeProps) {
  const colours = tone === "accent" ? "border-accent text-accent" : "border-line text-muted";
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${colours}`}>{children}</span>;
}
