import { describe, expect, it } from "vitest";
import { bundleStagingLifetimeMs, readStagedBundle, signStagedBundle } from "@/lib/content/bundle-staging";

const secret = "s".repeat(32);
const text = `{"format": "cited-bundle", "note": "${"é".repeat(2000)}"}`;

describe("the staged bundle (preview → confirm)", () => {
  it("gives back the text to the admin it was shown to, within the hour", () => {
    const field = signStagedBundle(secret, "admin-1", text, 1_000_000);
    expect(readStagedBundle(secret, field, "admin-1", 1_000_000 + bundleStagingLifetimeMs)).toBe(text);
  });

  it("is compressed: a repetitive bundle travels in a fraction of its size", () => {
    expect(signStagedBundle(secret, "admin-1", text).length).toBeLessThan(text.length / 4);
  });

  it("refuses another admin, an old preview, another secret and any change", () => {
    const field = signStagedBundle(secret, "admin-1", text, 1_000_000);
    expect(readStagedBundle(secret, field, "admin-2", 1_000_000)).toBeNull();
    expect(readStagedBundle(secret, field, "admin-1", 1_000_001 + bundleStagingLifetimeMs)).toBeNull();
    expect(readStagedBundle("t".repeat(32), field, "admin-1", 1_000_000)).toBeNull();
    const [payload, mac] = field.split(".");
    const changed = `${payload.slice(0, -1)}${payload.endsWith("A") ? "B" : "A"}`;
    expect(readStagedBundle(secret, `${changed}.${mac}`, "admin-1", 1_000_000)).toBeNull();
    expect(readStagedBundle(secret, `${payload}.${mac}.x`, "admin-1", 1_000_000)).toBeNull();
    expect(readStagedBundle(secret, "", "admin-1", 1_000_000)).toBeNull();
  });
});
