// The one same-origin check (CSRF), for the proxy, server actions and route handlers: the
// request's Origin must name this host. A missing Origin fails: browsers send it on every
// POST and PUT, so only a non-browser client leaves it out.
export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
