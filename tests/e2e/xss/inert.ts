// What "nothing executed" means on a page, checked in the real browser: no dialog, no print, no
// window.__xss, no event-handler attribute anywhere, no script-bearing URL on a link, frame or
// form, no element of a kind only a payload would add inside <main>, and the payloads shown as
// text (so the page really displayed them).
import { expect, test, type Page } from "@playwright/test";
import { xssPayloads } from "./payloads";

/**
 * Before any page script: print() leaves no dialog event, so it is recorded on the window; the
 * same script runs in every frame. A payload's dialog is caught by watchDialogs.
 */
export async function installTripwires(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; __xssPrint?: boolean };
    w.print = () => {
      w.__xssPrint = true;
    };
  });
}

/**
 * Every dialog is recorded and dismissed. The app asks one confirm of its own (submitting an
 * attempt with unanswered questions); `expected` lists such messages, anything else is a payload.
 */
export function watchDialogs(page: Page, expected: RegExp[] = []): string[] {
  const unexpected: string[] = [];
  page.on("dialog", async (dialog) => {
    if (!expected.some((re) => re.test(dialog.message()))) unexpected.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.accept().catch(() => undefined);
  });
  return unexpected;
}

const withoutScripts = new WeakSet<Page>();
/** Marks a page of a context with JavaScript disabled. */
export function markWithoutScripts(page: Page) {
  withoutScripts.add(page);
}

type Findings = { xss: unknown; printed: boolean; handlers: string[]; scriptUrls: string[]; planted: string[]; location: string };

async function findings(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __xssPrint?: boolean };
    const handlers: string[] = [];
    const scriptUrls: string[] = [];
    const bad = /^\s*(javascript|data|vbscript):/i;
    const reactFormPlaceholder =
      "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')";
    const all = Array.from(document.querySelectorAll("*"));
    for (const element of all) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.toLowerCase().startsWith("on")) handlers.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
    for (const element of document.querySelectorAll("a, area, iframe, frame, form, object, embed, button, input, image, use, link")) {
      for (const name of ["href", "src", "action", "formaction", "data", "xlink:href"]) {
        // Normalise away the control characters and whitespace a browser ignores inside a scheme.
        const raw = element.getAttribute(name) ?? "";
        // React's own placeholder on a form (or button) whose action is a function: it only throws,
        // to flag a form.submit() that bypassed React. Exactly that text, nothing a payload could vary.
        if ((name === "action" || name === "formaction") && raw === reactFormPlaceholder) continue;
        const value = raw.replace(/[\u0000-\u0020]/g, "");
        if (bad.test(value)) scriptUrls.push(`<${element.localName} ${name}="${value.slice(0, 60)}">`);
      }
    }
    const planted = Array.from(document.querySelectorAll("main iframe, main frame, main object, main embed, main base, main meta[http-equiv], main svg script, main math, main script:not([src]):not([type='application/json']), main marquee"))
      // Next renders its own inline scripts for the flight data outside <main>; any script inside <main> is suspect.
      .map((element) => element.outerHTML.slice(0, 80));
    return { xss: w.__xss, printed: w.__xssPrint === true, handlers, scriptUrls, planted, location: window.location.href };
  });
}

/** How many of the payloads the page shows, as visible text (its rendered words, not its markup). */
export async function payloadsShown(page: Page): Promise<number> {
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
  return xssPayloads.filter((p) => text.includes(p.replace(/\s+/g, " ").trim())).length;
}

/**
 * Asserts the page is inert. `shown`: "all" — every payload is visible text; "any" — at least one payload is visible text (the page
 * really displayed them); a string — that text is; null — nothing is required (a page that only
 * confirms an action).
 */
export async function expectInert(page: Page, unexpectedDialogs: string[], label: string, shown: "all" | "any" | string | null = "any") {
  await page.waitForLoadState("load");
  // Give payloads that fire on load, on an image error or on the next frame a chance to run
  // (a page without JavaScript runs none, and paints no frame for the wait).
  if (!withoutScripts.has(page)) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const found = await findings(page);
  expect(unexpectedDialogs, `${label}: a payload opened a dialog`).toEqual([]);
  expect(found.xss, `${label}: window.__xss was set`).toBeUndefined();
  expect(found.printed, `${label}: print() was called`).toBe(false);
  expect(found.handlers, `${label}: event-handler attributes`).toEqual([]);
  expect(found.scriptUrls, `${label}: script URLs`).toEqual([]);
  expect(found.planted, `${label}: elements only a payload would add`).toEqual([]);
  expect(found.location, `${label}: navigated to a script URL`).not.toMatch(/^(javascript|data|vbscript):/i);
  if (shown === null) return;
  if (shown !== "any" && shown !== "all") {
    await expect(page.getByText(shown, { exact: false }).first(), `${label}: shows ${shown}`).toBeAttached();
    return;
  }
  const count = await payloadsShown(page);
  test.info().annotations.push({ type: "payloads shown", description: `${label}: ${count} of ${xssPayloads.length}` });
  console.log(`payloads shown as text on ${label}: ${count} of ${xssPayloads.length}`);
  if (shown === "all") expect(count, `${label}: every payload is shown as text`).toBe(xssPayloads.length);
  else expect(count, `${label}: at least one payload is shown as text`).toBeGreaterThan(0);
}
