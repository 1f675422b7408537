// How many web workers the app server runs: WEB_CONCURRENCY (the name Heroku, Render and others
// give it) when set, else one per core. Plain JavaScript: scripts/app-server.mjs runs without a
// TypeScript loader, and `npm start` checks the same value before it starts anything.

/** More workers than this is a typo, not a plan: each one holds its own database pool. */
export const maxWebWorkers = 64;

/**
 * The number of workers for `value` (WEB_CONCURRENCY; unset or empty means one per core,
 * at most maxWebWorkers). Throws an Error whose message is one sentence for anything else.
 */
export function webWorkerCount(value, cores) {
  if (value === undefined || value.trim() === "") return Math.min(Math.max(1, cores), maxWebWorkers);
  const text = value.trim();
  const count = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(count >= 1 && count <= maxWebWorkers)) {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    throw new Error(`WEB_CONCURRENCY must be a whole number of web workers from 1 to ${maxWebWorkers}, not ${JSON.stringify(shown)}.`);
  }
  return count;
}
