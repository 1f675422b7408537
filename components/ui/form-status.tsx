import type { ActionState } from "@/lib/actions/define-action";

export type FormStatusProps = { state: ActionState | null };

/** The form-level outcome, announced to screen readers. */
export function FormStatus({ state }: FormStatusProps) {
  const tone = !state ? "" : state.ok ? "border-green-700 text-green-800 dark:text-green-300" : "border-red-700 text-red-800 dark:text-red-300";
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {state?.message ? <p className={`rounded-md border-l-4 bg-card px-3 py-2 text-sm ${tone}`}>{state.message}</p> : null}
    </div>
  );
}
