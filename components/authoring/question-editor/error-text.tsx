/** A field's messages, announced; empty (and hidden) when there are none. */
export function ErrorText({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
      {messages?.join(" ")}
    </p>
  );
}
