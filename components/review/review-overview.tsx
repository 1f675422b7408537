import type { ReviewItem } from "@/lib/data/review";
import { verdictOf } from "./verdict";

export type ReviewOverviewProps = { items: ReviewItem[] };

/** Every question's outcome at a glance, each a link to its review below. */
export function ReviewOverview({ items }: ReviewOverviewProps) {
  return (
    <nav aria-label="Questions reviewed">
      <ol className="flex flex-wrap gap-2">
        {items.map((item) => {
          const number = item.position + 1;
          const verdict = verdictOf(item);
          return (
            <li key={item.position}>
              <a
                href={`#review-q${number}`}
                aria-label={`Question ${number}: ${verdict.text.toLowerCase()}`}
                className={`flex size-10 items-center justify-center rounded-md border-2 bg-card text-sm font-semibold ${verdict.look}`}
              >
                {number}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
