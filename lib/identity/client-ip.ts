// The address rate limits count by. Only the socket address counts unless TRUSTED_IP_HEADER
// names a header that a reverse proxy in front of the app sets (then its last entry, the one
// that proxy appended). scripts/app-server.mjs writes the socket address into its header on
// every request, overwriting whatever a client sent, so a forged X-Forwarded-For changes
// nothing. Served some other way (plain `next start`), the header is missing and every client
// shares one "unknown" budget: stricter, never looser.

/** Written by scripts/app-server.mjs; keep the two in step. */
export const socketAddressHeader = "x-cited-socket-address";

export function clientIp(headers: Headers, trustedHeader?: string): string {
  const raw = headers.get(trustedHeader || socketAddressHeader);
  const last = raw?.split(",").pop()?.trim();
  return last && last.length <= 64 ? last : "unknown";
}
