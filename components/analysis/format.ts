// How item-analysis figures read on the page.
export const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
/** D and r to two decimals, with a real minus sign; a dash when there is none. */
export const signed = (x: number | null) => (x === null ? "—" : x.toFixed(2).replace("-", "\u2212"));
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
