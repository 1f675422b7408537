// Counts what an admin does in the authoring journey: every click goes through `click` (a select
// counts two: open it, pick the option; a file chooser two: open it, pick the file; a drag one),
// every field filled through `fill` (its characters are counted too), every key through `press`.
// Work a person would not do (axe scans, screenshots) runs through `aside`, so its time can be
// told apart from the admin's.
import type { Locator, Page } from "@playwright/test";

export class JourneyMeter {
  clicks = 0;
  fieldsFilled = 0;
  charactersTyped = 0;
  keyPresses = 0;
  private asideMs = 0;

  constructor(private readonly page: Page) {}

  async click(locator: Locator) {
    this.clicks++;
    // A bound on the wait, so a wrong locator fails within a minute instead of at the test's end.
    await locator.click({ timeout: 60_000 });
  }

  async check(locator: Locator) {
    this.clicks++;
    await locator.check({ timeout: 60_000 });
  }

  async select(locator: Locator, option: string | { label: string }) {
    this.clicks += 2;
    await locator.selectOption(option);
  }

  async chooseFile(locator: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
    this.clicks += 2;
    await locator.setInputFiles(file);
  }

  async fill(locator: Locator, text: string) {
    this.fieldsFilled++;
    this.charactersTyped += text.length;
    await locator.fill(text);
  }

  async press(key: string) {
    this.keyPresses++;
    await this.page.keyboard.press(key);
  }

  /** A mouse drag from one point to another: press, move in steps, release. One click. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }) {
    this.clicks++;
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Runs checks that are not the admin's work and keeps their time apart. */
  async aside<T>(work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await work();
    } finally {
      this.asideMs += Date.now() - started;
    }
  }

  /** Milliseconds spent in `aside` so far. */
  get asideMilliseconds() {
    return this.asideMs;
  }
}
