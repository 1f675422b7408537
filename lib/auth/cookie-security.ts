/** Cookies get the Secure flag in production, except on a loopback host (plain-HTTP local runs). */
export function secureCookiesFor(nodeEnv: string | undefined, host: string | null): boolean {
  if (nodeEnv !== "production") return false;
  return !/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host ?? "");
}
