// Session tokens decode to their claims, and remembering tokens already verified (the autosave
// hot path skips decrypting them again) changes no answer: an expired, altered or foreign
// token is refused whether or not it, or the token it was made from, was seen before.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { session } from "@/lib/identity/config";
import { decodeSession, encodeSession, forgetVerifiedTokens, freshClaims, touched } from "@/lib/identity/token";

const secret = "a-test-secret-of-at-least-32-characters";
const otherSecret = "another-test-secret-of-32-characters-too";

/** The same token with one character of its ciphertext changed. */
function altered(token: string): string {
  const parts = token.split(".");
  const ciphertext = parts[3];
  parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
  return parts.join(".");
}

describe("decodeSession", () => {
  beforeEach(() => {
    forgetVerifiedTokens();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T09:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("gives a token's claims, the first time and every time after", async () => {
    const claims = freshClaims("user0000001", 3);
    const { token } = await encodeSession(claims, secret);
    expect(await decodeSession(token, secret)).toEqual(claims);
    expect(await decodeSession(token, secret)).toEqual(claims);
  });

  it("hands out copies: a caller changing its claims does not change the next caller's", async () => {
    const { token } = await encodeSession(freshClaims("user0000001", 0), secret);
    const first = await decodeSession(token, secret);
    first!.sessionVersion = 99;
    expect((await decodeSession(token, secret))!.sessionVersion).toBe(0);
  });

  it("refuses a remembered token once it has been idle too long", async () => {
    const { token } = await encodeSession(freshClaims("user0000001", 0), secret);
    expect(await decodeSession(token, secret)).not.toBeNull();
    vi.setSystemTime(Date.now() + (session.idleSeconds + 1) * 1000);
    expect(await decodeSession(token, secret)).toBeNull();
  });

  it("refuses a remembered, recently used token after the absolute limit", async () => {
    const start = Date.now();
    const signedIn = freshClaims("user0000001", 0);
    // Used a minute before the absolute limit: only that limit can end it.
    vi.setSystemTime(start + (session.absoluteSeconds - 60) * 1000);
    const { token } = await encodeSession(touched(signedIn), secret);
    expect(await decodeSession(token, secret)).not.toBeNull();
    vi.setSystemTime(start + (session.absoluteSeconds + 1) * 1000);
    expect(await decodeSession(token, secret)).toBeNull();
  });

  it("refuses an altered token, also after the original was remembered", async () => {
    const { token } = await encodeSession(freshClaims("user0000001", 0), secret);
    expect(await decodeSession(altered(token), secret)).toBeNull();
    expect(await decodeSession(token, secret)).not.toBeNull();
    expect(await decodeSession(altered(token), secret)).toBeNull();
  });

  it("refuses a remembered token under another secret", async () => {
    const { token } = await encodeSession(freshClaims("user0000001", 0), secret);
    expect(await decodeSession(token, secret)).not.toBeNull();
    expect(await decodeSession(token, otherSecret)).toBeNull();
    // And the first secret's tokens are verified afresh, not trusted from before the switch.
    expect(await decodeSession(token, secret)).not.toBeNull();
  });

  it("answers null, never throws, for anything that is not a token", async () => {
    expect(await decodeSession(undefined, secret)).toBeNull();
    expect(await decodeSession("", secret)).toBeNull();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        expect(await decodeSession(text, secret)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("each of many tokens decodes to its own claims, in any order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{10,20}$/), fc.nat({ max: 1000 })), { minLength: 1, maxLength: 8 }), async (users) => {
        const tokens = await Promise.all(users.map(async ([id, version]) => ({ claims: freshClaims(id, version), token: (await encodeSession(freshClaims(id, version), secret)).token })));
        for (const { claims, token } of [...tokens, ...tokens.reverse()]) expect(await decodeSession(token, secret)).toEqual(claims);
      }),
      { numRuns: 30 },
    );
  });
});
