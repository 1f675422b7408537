"use client";

import { useHydrated } from "@/components/quiz/use-hydrated";
import { sentOrder } from "@/lib/domain/ordering-arrangement";
import type { TakingProps } from "../types";
import { PlaceSelects } from "./place-selects";
import { SortableOrder } from "./sortable-order";

/**
 * Without JavaScript (and in the server's HTML), a place select per item; once the page runs,
 * a list to drag into order or move with buttons. Both post the same fields (q<p>.<choiceId>).
 * A refused post comes back as it was sent: a complete order in the list, and places the list
 * cannot show (two items in one place, some left blank) in the selects, to be put right there.
 */
export function OrderingTaking(props: TakingProps<"ORDERING">) {
  const hydrated = useHydrated();
  const choiceIds = props.options.choices.map((c) => c.id);
  const sentFields = props.sent ? choiceIds.some((id) => props.sent?.[`${props.name}.${id}`] !== undefined) : false;
  const order = sentFields ? sentOrder(props.name, choiceIds, props.sent) : undefined;
  if (!hydrated || (sentFields && !order)) return <PlaceSelects {...props} />;
  return <SortableOrder {...props} answer={order ? { order } : props.answer} />;
}
