"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { questionTypeLabels } from "@/components/teach/words";
import { Badge } from "@/components/ui/badge";
import { statusLabels } from "@/components/authoring/bank/bank-filters";

export type SetItem = { questionId: string; code: string | null; status: string; type: string | null; version: number | null; stem: string };

export type SetOrderItemProps = {
  quizSetId: string;
  item: SetItem;
  place: number;
  total: number;
  pending: boolean;
  move: (form: FormData) => void;
  remove: (form: FormData) => void;
  /** The id of the button to focus once the list is re-rendered (the other one at either end). */
  onMove(focusButtonId: string): void;
  onRemove(): void;
};

export const moveButtonId = (questionId: string, direction: "up" | "down") => `set-item-${questionId}-${direction}`;

const smallButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-line bg-card px-3 text-sm text-ink hover:bg-paper disabled:cursor-not-allowed disabled:opacity-40";

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);

/** One question of the set: its drag handle, place, what it is, and its move and remove forms. */
export function SetOrderItem({ quizSetId, item, place, total, pending, move, remove, onMove, onRemove }: SetOrderItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.questionId });
  const name = item.code ?? `question ${place}`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-dragging={isDragging || undefined}
      className={`flex flex-col gap-2 rounded-lg border bg-card p-2 sm:flex-row sm:items-center ${isDragging ? "relative z-10 border-accent shadow-lg" : "border-line"}`}
    >
      <div className="flex min-w-0 flex-1 items-start gap-2">
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={`Drag ${name}`}
          // touch-none: a finger on the handle drags the question instead of scrolling the page.
          className="flex size-10 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted hover:bg-paper active:cursor-grabbing"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
            {[6, 10, 14].flatMap((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
          </svg>
        </button>
        <span className="w-7 shrink-0 pt-2 text-right font-semibold tabular-nums">{place}.</span>
        <div className="min-w-0 flex-1 py-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
            <Link href={`/admin/questions/${item.questionId}`} className="font-semibold text-accent underline">
              {item.code ?? "Open the question"}
            </Link>
            <span>{item.type ? questionTypeLabels[item.type] : "no version yet"}</span>
            {item.version !== null ? <span>v{item.version}</span> : null}
            {item.status !== "PUBLISHED" ? <Badge>{statusLabels[item.status]}</Badge> : null}
          </p>
          <p className="break-words">{excerpt(item.stem)}</p>
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2 pl-12 sm:pl-0">
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="quizSetId" value={quizSetId} />
            <input type="hidden" name="questionId" value={item.questionId} />
            <input type="hidden" name="direction" value={direction} />
            <button
              id={moveButtonId(item.questionId, direction)}
              className={smallButton}
              disabled={pending || (direction === "up" ? place === 1 : place === total)}
              onClick={() => onMove(moveButtonId(item.questionId, direction === "up" && place === 2 ? "down" : direction === "down" && place === total - 1 ? "up" : direction))}
              aria-label={`Move ${name} ${direction}`}
            >
              {direction === "up" ? "Move up" : "Move down"}
            </button>
          </form>
        ))}
        <form action={remove}>
          <input type="hidden" name="quizSetId" value={quizSetId} />
          <input type="hidden" name="questionId" value={item.questionId} />
          <button className={`${smallButton} border-red-700 text-red-700 dark:border-red-400 dark:text-red-300`} disabled={pending} onClick={onRemove} aria-label={`Remove ${name} from the set`}>
            Remove
          </button>
        </form>
      </div>
    </li>
  );
}
