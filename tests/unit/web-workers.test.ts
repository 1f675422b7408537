// How many web workers run: WEB_CONCURRENCY or one per core, and never more database
// connections than the server accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWebWorkers, webWorkerCount } from "@/scripts/lib/web-concurrency.mjs";
import { connectionHeadroom, planWebWorkers } from "@/scripts/lib/web-workers-plan";
import { sweepsHere } from "@/lib/jobs/sweeper";

describe("webWorkerCount", () => {
  it("is one per core when WEB_CONCURRENCY is unset or empty, between 1 and the maximum", () => {
    fc.assert(
      fc.property(fc.constantFrom(undefined, "", "  "), fc.integer({ min: 0, max: 1024 }), (value, cores) => {
        expect(webWorkerCount(value, cores)).toBe(Math.min(Math.max(cores, 1), maxWebWorkers));
      }),
    );
  });

  it("takes any whole number from 1 to the maximum, whatever the cores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: maxWebWorkers }), fc.integer({ min: 1, max: 256 }), (count, cores) => {
        expect(webWorkerCount(` ${count} `, cores)).toBe(count);
      }),
    );
  });

  it("refuses anything else with one sentence naming the value", () => {
    for (const value of ["abc", "0", "10000", "65", "2.5", "-1", "1e3", "0x10", "<script>alert(1)</script>"]) {
      expect(() => webWorkerCount(value, 4)).toThrow(`WEB_CONCURRENCY must be a whole number of web workers from 1 to ${maxWebWorkers}, not "`);
    }
    expect(() => webWorkerCount("9".repeat(5000), 4)).toThrow(/not "9{20}…"\.$/); // a pasted wall of text is cut short
  });
});

describe("planWebWorkers", () => {
  it("never plans more pooled connections than the server accepts, and at least one worker", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 128 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 20, max: 5000 }), (cores, poolSize, available) => {
        let workers: number;
        try {
          workers = planWebWorkers({ webConcurrency: undefined, cores, poolSize, availableConnections: available });
        } catch (error) {
          // Only when not even one pool fits.
          expect(poolSize).toBeGreaterThan(available - connectionHeadroom);
          expect((error as Error).message).toMatch(/^DATABASE_POOL_SIZE=\d+ needs more connections/);
          return;
        }
        expect(workers).toBeGreaterThanOrEqual(1);
        expect(workers).toBeLessThanOrEqual(Math.min(cores, maxWebWorkers));
        expect(workers * poolSize).toBeLessThanOrEqual(available - connectionHeadroom);
      }),
    );
  });

  it("keeps an explicit WEB_CONCURRENCY that fits, and refuses one that does not", () => {
    expect(planWebWorkers({ webConcurrency: "4", cores: 2, poolSize: 10, availableConnections: 197 })).toBe(4);
    expect(() => planWebWorkers({ webConcurrency: "32", cores: 2, poolSize: 10, availableConnections: 197 })).toThrow(
      "32 web workers × 10 database connections each need 320, but the PostgreSQL accepts 187 (10 kept for other tools): lower WEB_CONCURRENCY or DATABASE_POOL_SIZE, or raise its max_connections.",
    );
  });

  it("lowers the default on a many-core machine to what the embedded PostgreSQL accepts", () => {
    // The embedded server: max_connections 200, 3 reserved for superusers.
    expect(planWebWorkers({ webConcurrency: undefined, cores: 64, poolSize: 10, availableConnections: 197 })).toBe(18);
  });
});

describe("sweepsHere", () => {
  it("is true for web worker 1 and for a process outside the cluster, false for the others", () => {
    expect(sweepsHere(undefined)).toBe(true);
    expect(sweepsHere("")).toBe(true);
    expect(sweepsHere("1")).toBe(true);
    for (const worker of ["2", "3", "16"]) expect(sweepsHere(worker)).toBe(false);
  });
});
