import type { ReviewItem } from "@/lib/data/review";
import { ReviewItemCard } from "./review-item-card";
import { ReviewOverview } from "./review-overview";

export type ReviewListProps = { items: ReviewItem[]; answersVisible?: boolean };

/** Every question reviewed, after an overview of the outcomes that links to each. */
export function ReviewList({ items, answersVisible = true }: ReviewListProps) {
  return (
    <div className="flex flex-col gap-6">
      <ReviewOverview items={items} />
      <ol aria-label="Questions" className="flex flex-col gap-6">
        {items.map((item) => (
          <ReviewItemCard key={item.position} item={item} total={items.length} answersVisible={answersVisible} />
        ))}
      </ol>
    </div>
  );
}
