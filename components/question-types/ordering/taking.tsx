"use client";

import { useHydrated } from "@/components/quiz/use-hydrated";
import type { TakingProps } from "../types";
import { PlaceSelects } from "./place-selects";
import { SortableOrder } from "./sortable-order";

/**
 * Without JavaScript (and in the server's HTML), a place select per item; once the page runs,
 * a list to drag into order or move with buttons. Both post the same fields (q<p>.<choiceId>).
 */
export function OrderingTaking(props: TakingProps<"ORDERING">) {
  const hydrated = useHydrated();
  return hydrated ? <SortableOrder {...props} /> : <PlaceSelects {...props} />;
}
