"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useAttemptContext } from "@/components/quiz/attempt-context";
import { Button } from "@/components/ui/button";
import { initialArrangement, moveItem, postedPlaces } from "@/lib/domain/ordering-arrangement";
import type { TakingProps } from "../types";
import { moveButtonId, SortableItem } from "./sortable-item";

const instructions =
  "To move an item, press Space or Enter on its handle, then the up and down arrow keys; Space or Enter drops it and Escape cancels. Its Move up and Move down buttons do the same one place at a time.";

/**
 * The ordering list with JavaScript: drag an item by its handle (mouse, touch, or the keyboard
 * through dnd-kit's keyboard sensor), or use its Move up / Move down buttons. Hidden fields carry
 * the places, named like the no-JavaScript selects, and each change asks the page to autosave.
 */
export function SortableOrder({ name, options, answer }: TakingProps<"ORDERING">) {
  const { choices } = options;
  const saved = answer?.order;
  const context = useAttemptContext();
  const [order, setOrder] = useState(() => initialArrangement(choices.map((c) => c.id), saved));
  // A list only shown is not an answer: places are posted once the student has arranged it.
  const [arranged, setArranged] = useState(() => (saved?.length ?? 0) === choices.length);
  const [announcement, setAnnouncement] = useState("");
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const changed = useRef(false);
  const announcedOver = useRef<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // After the new places are in the form's fields, so the autosave reads them.
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    context?.fieldsChanged(name);
  }, [order, arranged, context, name]);

  // A moved item's button can leave the DOM and come back (React moves nodes): focus it again.
  useLayoutEffect(() => {
    if (focusNext) document.getElementById(focusNext)?.focus();
  }, [focusNext, order]);

  const textOf = (id: UniqueIdentifier) => choices.find((c) => c.id === id)?.text ?? "";
  const placeOf = (id: UniqueIdentifier) => order.indexOf(String(id)) + 1;
  const total = order.length;

  function arrange(next: string[]) {
    changed.current = true;
    setOrder(next);
    setArranged(true);
  }

  function moveBy(id: string, step: -1 | 1) {
    const from = order.indexOf(id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= total) return;
    arrange(moveItem(order, from, to));
    setAnnouncement(`${textOf(id)}: place ${to + 1} of ${total}.`);
    // At the end of the list that button is disabled: keep focus on the item's other one.
    const atEdge = to === 0 || to === total - 1;
    setFocusNext(moveButtonId(name, id, atEdge ? (step < 0 ? "down" : "up") : step < 0 ? "up" : "down"));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    setFocusNext(null);
    arrange(moveItem(order, placeOf(active.id) - 1, placeOf(over.id) - 1));
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      announcedOver.current = active.id;
      return `Picked up ${textOf(active.id)}, at place ${placeOf(active.id)} of ${total}.`;
    },
    // dnd-kit reports the item over itself as soon as it is picked up: saying "moved" then
    // would talk over "Picked up".
    onDragOver: ({ active, over }) => {
      if ((over?.id ?? null) === announcedOver.current) return undefined;
      announcedOver.current = over?.id ?? null;
      return over ? `${textOf(active.id)} moved to place ${placeOf(over.id)} of ${total}.` : `${textOf(active.id)} is outside the list.`;
    },
    onDragEnd: ({ active, over }) => (over ? `${textOf(active.id)} dropped at place ${placeOf(over.id)} of ${total}.` : `${textOf(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving cancelled: ${textOf(active.id)} is back at place ${placeOf(active.id)} of ${total}.`,
  };

  return (
    <div className="flex flex-col gap-3">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        // Outside the question's fieldset: its own status is the save state.
        accessibility={{ announcements, screenReaderInstructions: { draggable: instructions }, container: document.body }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol aria-label="Order" className="flex flex-col gap-2">
            {order.map((id, i) => (
              <SortableItem key={id} id={id} name={name} text={textOf(id)} place={i + 1} total={total} onMove={moveBy} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {[...postedPlaces(order, arranged, saved)].map(([id, place]) => (
        <input key={id} type="hidden" name={`${name}.${id}`} value={place} />
      ))}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {arranged ? null : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm text-muted">Not answered yet: drag the items into order or move them with the arrows.</p>
          <Button type="button" variant="secondary" onClick={() => arrange(order)}>
            Keep this order
          </Button>
        </div>
      )}
    </div>
  );
}
