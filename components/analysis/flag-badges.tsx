import { Badge } from "@/components/ui/badge";
import { flagLabels, type Flag } from "@/lib/domain/item-analysis";

export type FlagBadgesProps = { flags: Flag[] };

/** A question's flags; "too few attempts" is a caveat, not a warning. */
export function FlagBadges({ flags }: FlagBadgesProps) {
  if (flags.length === 0) return <span className="text-sm text-muted">none</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag}>
          <Badge tone={flag === "too-few-attempts" ? "neutral" : "accent"}>{flagLabels[flag]}</Badge>
        </li>
      ))}
    </ul>
  );
}
