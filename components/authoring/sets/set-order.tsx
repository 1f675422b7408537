"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { startTransition, useActionState, useLayoutEffect, useRef, useState } from "react";
import { moveAdminQuizSetItem, removeAdminQuizSetItem, reorderAdminQuizSet } from "@/app/actions/set-authoring";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/define-action";
import { moveItem } from "@/lib/domain/ordering-arrangement";
import { SetOrderItem, type SetItem } from "./set-order-item";

const instructions =
  "To move a question, press Space or Enter on its handle, then the up and down arrow keys; Space or Enter drops it and Escape cancels. The new order is saved when it is dropped. Its Move up and Move down buttons move it one place at a time.";

type Last = "reorder" | "move" | "remove";

/**
 * The set's questions in order. Drag a question by its handle (mouse, touch, or the keyboard
 * through dnd-kit's keyboard sensor): the whole new order is saved at once. Move up / Move down
 * and Remove are forms of their own, so they work without JavaScript too.
 */
export function SetOrder({ quizSetId, items }: { quizSetId: string; items: SetItem[] }) {
  const serverOrder = items.map((item) => item.questionId);
  const serverKey = serverOrder.join(",");
  const [order, setOrder] = useState(serverOrder);
  const [reorderState, reorder, reordering] = useActionState(reorderAdminQuizSet, null);
  const [moveState, move, moving] = useActionState(moveAdminQuizSetItem, null);
  const [removeState, remove, removing] = useActionState(removeAdminQuizSetItem, null);
  const [last, setLast] = useState<Last | null>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const announcedOver = useRef<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // The server's order after each save (or another admin's change) replaces the local one
  // (adjusted while rendering, as React advises for state derived from props).
  const [seenKey, setSeenKey] = useState(serverKey);
  if (seenKey !== serverKey) {
    setSeenKey(serverKey);
    setOrder(serverOrder);
  }

  // React moves list nodes when the order changes, which can drop focus: put it back.
  useLayoutEffect(() => {
    if (focusNext) document.getElementById(focusNext)?.focus();
  }, [focusNext, order]);

  const byId = new Map(items.map((item) => [item.questionId, item]));
  const nameOf = (id: UniqueIdentifier) => {
    const item = byId.get(String(id));
    return item ? (item.code ?? `“${item.stem.slice(0, 40)}”`) : "";
  };
  const placeOf = (id: UniqueIdentifier) => order.indexOf(String(id)) + 1;
  const total = order.length;
  const state: ActionState | null = last === "reorder" ? reorderState : last === "move" ? moveState : last === "remove" ? removeState : null;

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const next = moveItem(order, placeOf(active.id) - 1, placeOf(over.id) - 1);
    setOrder(next);
    setLast("reorder");
    setFocusNext(null);
    const form = new FormData();
    form.set("quizSetId", quizSetId);
    for (const id of next) form.append("questionIds[]", id);
    startTransition(() => reorder(form));
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      announcedOver.current = active.id;
      return `Picked up ${nameOf(active.id)}, at place ${placeOf(active.id)} of ${total}.`;
    },
    onDragOver: ({ active, over }) => {
      if ((over?.id ?? null) === announcedOver.current) return undefined;
      announcedOver.current = over?.id ?? null;
      return over ? `${nameOf(active.id)} moved to place ${placeOf(over.id)} of ${total}.` : `${nameOf(active.id)} is outside the list.`;
    },
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at place ${placeOf(over.id)} of ${total}. Saving the new order.` : `${nameOf(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving cancelled: ${nameOf(active.id)} is back at place ${placeOf(active.id)} of ${total}.`,
  };

  return (
    <div className="flex flex-col gap-3">
      <FormStatus state={state} />
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol aria-label="Questions in this set" aria-busy={reordering || moving || removing} className="flex flex-col gap-2">
            {order.map((id, index) => {
              const item = byId.get(id);
              if (!item) return null;
              return (
                <SetOrderItem
                  key={id}
                  quizSetId={quizSetId}
                  item={item}
                  place={index + 1}
                  total={total}
                  pending={reordering || moving || removing}
                  move={move}
                  remove={remove}
                  onMove={(buttonId) => {
                    setLast("move");
                    setFocusNext(buttonId);
                  }}
                  onRemove={() => setLast("remove")}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}
