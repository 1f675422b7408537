import { describe, expect, it } from "vitest";
import { clientIp, socketAddressHeader } from "@/lib/identity/client-ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientIp", () => {
  it("counts the socket address and ignores a forwarded header nobody said to trust", () => {
    const forged = headers({ [socketAddressHeader]: "127.0.0.1", "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" });
    expect(clientIp(forged)).toBe("127.0.0.1");
    expect(clientIp(forged, "")).toBe("127.0.0.1");
  });

  it("counts the last entry of the header a trusted proxy sets, when TRUSTED_IP_HEADER names it", () => {
    const proxied = headers({ [socketAddressHeader]: "10.0.0.2", "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect(clientIp(proxied, "x-forwarded-for")).toBe("203.0.113.7");
  });

  it("is 'unknown' (one shared budget) when the address is missing or absurd", () => {
    expect(clientIp(headers({}))).toBe("unknown");
    expect(clientIp(headers({ [socketAddressHeader]: "x".repeat(65) }))).toBe("unknown");
  });
});
