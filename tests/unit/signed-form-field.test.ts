import { describe, expect, it } from "vitest";
import { readStagedBundle, signStagedBundle } from "@/lib/content/bundle-staging";
import { readStagedImport, signStagedImport } from "@/lib/identity/import-staging";
import { readFormField, signFormField } from "@/lib/identity/signed-form-field";

const secret = "a-test-secret-that-is-long-enough-000";

describe("signed form fields", () => {
  it("reads back what was signed, compressed or not", () => {
    for (const compress of [false, true]) {
      const options = { purpose: "test", compress };
      const field = signFormField(secret, "admin-1", { text: "x".repeat(5000), other: "é ✓" }, options);
      expect(readFormField(secret, field, "admin-1", options)).toEqual({ text: "x".repeat(5000), other: "é ✓" });
    }
  });

  it("refuses a field signed for another purpose: a bundle preview cannot confirm a user import, nor the other way", () => {
    const bundleField = signStagedBundle(secret, "admin-1", "{}");
    expect(readStagedImport(secret, bundleField, "admin-1")).toBeNull();
    const importField = signStagedImport(secret, { adminId: "admin-1", text: "email,name", creates: "d" });
    expect(readStagedBundle(secret, importField, "admin-1")).toBeNull();
    expect(readFormField(secret, importField, "admin-1", { purpose: "bundle-import" })).toBeNull();
  });

  it("refuses another admin, another secret, an altered payload and an expired field", () => {
    const options = { purpose: "test" };
    const now = Date.now();
    const field = signFormField(secret, "admin-1", { text: "a" }, options, now);
    expect(readFormField(secret, field, "admin-2", options, now)).toBeNull();
    expect(readFormField(`${secret}x`, field, "admin-1", options, now)).toBeNull();
    const [payload, signature] = field.split(".");
    expect(readFormField(secret, `${payload}A.${signature}`, "admin-1", options, now)).toBeNull();
    expect(readFormField(secret, `${field}.extra`, "admin-1", options, now)).toBeNull();
    expect(readFormField(secret, field, "admin-1", options, now + 61 * 60 * 1000)).toBeNull();
  });
});
