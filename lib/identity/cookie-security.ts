/**
 * Cookies get the Secure flag when the app is served over HTTPS, which the configuration says
 * (APP_URL), not the request: a Host header is the client's to choose.
 */
export function secureCookiesFor(appUrl: string | undefined): boolean {
  return appUrl?.toLowerCase().startsWith("https://") ?? false;
}
