import type { TakingProps } from "../types";

/** Each item gets a place (1 = first) from a select labelled "Place of <item>": the no-JavaScript form. */
export function PlaceSelects({ name, options, answer, sent }: TakingProps<"ORDERING">) {
  const { choices } = options;
  const order = answer?.order ?? [];
  const places = choices.map((_, i) => i + 1);
  return (
    <ul className="flex flex-col gap-2">
      {choices.map((choice) => {
        const id = `${name}-${choice.id}`;
        const rank = order.indexOf(choice.id) + 1;
        // A refused post shows the places as they were sent, duplicates included.
        const sentPlace = sent?.[`${name}.${choice.id}`]?.[0];
        return (
          <li key={choice.id} className="flex items-start gap-3 rounded-md border border-line bg-card px-3 py-2">
            <select
              id={id}
              name={`${name}.${choice.id}`}
              defaultValue={sentPlace ?? (rank > 0 ? String(rank) : "")}
              className="min-h-10 w-16 shrink-0 rounded-md border border-line bg-card px-2 py-1 text-base"
            >
              <option value="">–</option>
              {places.map((place) => (
                <option key={place} value={place}>
                  {place}
                </option>
              ))}
            </select>
            <label htmlFor={id} className="pt-2">
              <span className="sr-only">Place of </span>
              {choice.text}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
