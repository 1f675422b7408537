"use client";

import { createContext, useContext } from "react";
import type { HaltReason, SaveStatus } from "./autosave-queue";

export type AttemptContextValue = {
  statuses: ReadonlyMap<number, SaveStatus>;
  /** Positions with an answer, as the student sees them now (saved or being saved). */
  answered: ReadonlySet<number>;
  halted: HaltReason | null;
  /** Field errors from the last page post (`q<p>` → messages). */
  fieldErrors: Record<string, string[]>;
  /**
   * Inputs set by a script rather than by the student (the ordering list's hidden places)
   * changed for the question with this field name (`q<p>`): save it as a change would be.
   */
  fieldsChanged(name: string): void;
  /** The timer ran out: stop saving and let the page reload without a warning. */
  timeUp(): void;
};

export const AttemptContext = createContext<AttemptContextValue | null>(null);

export function useAttemptContext(): AttemptContextValue | null {
  return useContext(AttemptContext);
}
