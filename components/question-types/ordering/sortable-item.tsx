"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";

export type SortableItemProps = {
  id: string;
  /** The question's field name, to make the buttons' ids unique on the page. */
  name: string;
  text: string;
  place: number;
  total: number;
  onMove(id: string, step: -1 | 1): void;
};

export const moveButtonId = (name: string, id: string, direction: "up" | "down") => `${name}-${id}-${direction}`;

const iconButton =
  "flex size-9 items-center justify-center rounded-md border border-line bg-card text-ink hover:bg-paper disabled:cursor-not-allowed disabled:opacity-40";

function Chevron({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
      <path d={up ? "M5 12l5-5 5 5" : "M5 8l5 5 5-5"} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** One item of the ordering list: a drag handle, its place, its text and one-step move buttons. */
export function SortableItem({ id, name, text, place, total, onMove }: SortableItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-dragging={isDragging || undefined}
      className={`flex items-center gap-2 rounded-md border bg-card p-1.5 ${isDragging ? "relative z-10 border-accent shadow-lg" : "border-line"}`}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        aria-label={`Drag ${text}`}
        // touch-none: a finger on the handle drags the item instead of scrolling the page.
        className="flex size-10 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted hover:bg-paper active:cursor-grabbing"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          {[6, 10, 14].flatMap((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
        </svg>
      </button>
      <span className="w-6 shrink-0 text-right font-semibold tabular-nums">{place}.</span>
      <span className="min-w-0 flex-1 py-1 break-words">{text}</span>
      <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
        <button id={moveButtonId(name, id, "up")} type="button" aria-label={`Move up: ${text}`} disabled={place === 1} onClick={() => onMove(id, -1)} className={iconButton}>
          <Chevron up />
        </button>
        <button id={moveButtonId(name, id, "down")} type="button" aria-label={`Move down: ${text}`} disabled={place === total} onClick={() => onMove(id, 1)} className={iconButton}>
          <Chevron up={false} />
        </button>
      </span>
    </li>
  );
}
