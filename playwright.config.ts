import { existsSync } from "node:fs";
import { defineConfig, devices, chromium } from "@playwright/test";

// Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (these machines cannot download
// Playwright's build), else Playwright's own (`npx playwright install chromium`).
function chromiumLaunch() {
  const system = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  if (system) {
    return {
      executablePath: system,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };
  }
  if (existsSync(chromium.executablePath())) return {};
  throw new Error(
    "No Chromium for the end-to-end tests. Install one: `apt-get install chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium`, or set CHROMIUM_PATH.",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Every assertion waits for its condition; these are only how long before giving up. A busy
  // machine (CI beside other jobs) can take several seconds for a server action, so they are
  // generous: a real failure still fails, only later.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json"]],
  outputDir: "test-results/playwright",
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunch(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
