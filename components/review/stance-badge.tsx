import { stanceLabels } from "./review-shape";

export type StanceBadgeProps = { stance: string };

const looks: Record<string, string> = {
  SUPPORTS: "border-line text-muted",
  DISPUTES: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  UPDATES: "border-accent text-accent",
};

/** Confirms / Disputes / Later update: how a source stands to the fact. */
export function StanceBadge({ stance }: StanceBadgeProps) {
  return <span className={`inline-block rounded-full border px-2 text-xs font-medium whitespace-nowrap ${looks[stance] ?? looks.SUPPORTS}`}>{stanceLabels[stance] ?? stance}</span>;
}
