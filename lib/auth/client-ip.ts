/**
 * The client's address: TRUSTED_IP_HEADER when a reverse proxy sets one, else the last entry of
 * x-forwarded-for (Next.js fills it with the socket address when the client sent none).
 */
export function clientIp(headers: Headers, trustedHeader?: string): string {
  const raw = trustedHeader ? headers.get(trustedHeader) : headers.get("x-forwarded-for");
  const last = raw?.split(",").pop()?.trim();
  return last && last.length <= 64 ? last : "unknown";
}
