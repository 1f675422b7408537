import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * Runs axe (WCAG 2.0–2.2 A and AA rules, target size included) on the page as it is, then at a
 * 360 px phone width and in dark mode, and fails on any serious or critical violation. The
 * viewport and colour scheme are put back afterwards.
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  const viewport = page.viewportSize();
  const found = await seriousViolations(page, "as shown");
  if (viewport && viewport.width > 360) {
    await page.setViewportSize({ width: 360, height: viewport.height });
    found.push(...(await seriousViolations(page, "at 360 px")));
    await page.setViewportSize(viewport);
  }
  // Reduced motion: no colour transition is caught half-way by the contrast check.
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  found.push(...(await seriousViolations(page, "dark mode")));
  await page.emulateMedia({ colorScheme: null, reducedMotion: null });
  expect(found, "serious accessibility violations").toEqual([]);
}
