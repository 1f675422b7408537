export type TextAnswerProps = {
  name: string;
  id: string;
  numeric?: boolean;
  unit?: string | null;
  maxLength?: number;
  defaultValue: string;
};

/** A numeric or short-text answer: one labelled input, with the unit beside a number. */
export function TextAnswer({ name, id, numeric = false, unit, maxLength, defaultValue }: TextAnswerProps) {
  const unitId = `${id}-unit`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Your answer
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode={numeric ? "decimal" : "text"}
          autoComplete="off"
          spellCheck={numeric ? false : undefined}
          maxLength={maxLength}
          defaultValue={defaultValue}
          aria-describedby={unit ? unitId : undefined}
          className={`min-h-10 rounded-md border border-line bg-card px-3 py-2 text-base ${numeric ? "w-40" : "w-full max-w-md"}`}
        />
        {unit ? (
          <span id={unitId} className="text-muted">
            {unit}
          </span>
        ) : null}
      </div>
      {numeric ? <p className="text-sm text-muted">Digits only, like 19000 or 19,000.</p> : null}
    </div>
  );
}
