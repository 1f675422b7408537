import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createsDigest, readStagedImport, signStagedImport, stagingLifetimeMs } from "@/lib/identity/import-staging";

const secret = "s".repeat(40);
const staged = { adminId: "admin1", text: "name,email,role\nA,a@b.example,student\n", creates: createsDigest(["a@b.example"]) };
const now = 1_800_000_000_000;

describe("the signed hidden field between preview and confirm", () => {
  it("reads back what was signed, for the same admin within the hour", () => {
    const field = signStagedImport(secret, staged, now);
    expect(readStagedImport(secret, field, "admin1", now + stagingLifetimeMs - 1)).toEqual(staged);
  });

  it("refuses another admin, an old preview, another secret", () => {
    const field = signStagedImport(secret, staged, now);
    expect(readStagedImport(secret, field, "admin2", now)).toBeNull();
    expect(readStagedImport(secret, field, "admin1", now + stagingLifetimeMs + 1)).toBeNull();
    expect(readStagedImport("t".repeat(40), field, "admin1", now)).toBeNull();
  });

  it("refuses any change to the field", () => {
    const field = signStagedImport(secret, staged, now);
    fc.assert(
      fc.property(fc.nat({ max: field.length - 1 }), fc.constantFrom(..."AZaz09-_."), (at, c) => {
        fc.pre(field[at] !== c);
        const altered = field.slice(0, at) + c + field.slice(at + 1);
        expect(readStagedImport(secret, altered, "admin1", now)).toBeNull();
      }),
    );
    expect(readStagedImport(secret, "", "admin1", now)).toBeNull();
    expect(readStagedImport(secret, `${field}.x`, "admin1", now)).toBeNull();
  });

  it("digests a set of emails whatever their order", () => {
    expect(createsDigest(["b@x.example", "a@x.example"])).toBe(createsDigest(["a@x.example", "b@x.example"]));
    expect(createsDigest(["a@x.example"])).not.toBe(createsDigest(["a@x.example", "b@x.example"]));
  });
});
