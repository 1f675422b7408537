// An admin records a fact on the seeded article, adds evidence by selecting words in the source
// reader with the mouse and with the keyboard, pastes a quote that occurs twice and chooses the
// place, then has the generator propose questions and saves one as a draft; axe scans each page.
// Every row here is made by this test and removed at the end.
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { unique } from "../helpers/browser";
import { expect, test } from "../helpers/roles";

/** Screenshots for a person to look at, only when SHOTS_DIR asks for them. */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin records a fact, selects evidence with the mouse and the keyboard, resolves an ambiguous quote and saves a generated draft", async ({ page, prisma, signInAs }) => {
  test.setTimeout(180_000);
  const tag = `e2e-facts-${unique()}`;
  const statement = `The coalition brought back nearly 600 children in 2024 (${tag}).`;
  const source = await prisma.source.findUniqueOrThrow({ where: { slug: "ukraine-children-letter" }, select: { id: true, title: true } });

  try {
    await signInAs("admin");
    await page.goto("/admin/facts");
    await expect(page.getByRole("heading", { name: "Facts", level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Record a new fact" }).click();

    await page.getByLabel("Statement").fill(statement);
    await page.getByLabel("Kind").selectOption("FIGURE");
    await page.getByLabel("As of (optional)").fill("2024");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Create the fact" }).click();
    await expect(page.getByText("The fact was created. Now add its evidence.")).toBeVisible();

    await page.getByLabel("Source", { exact: true }).selectOption(source.id);
    await page.getByRole("button", { name: "Open the source" }).click();
    const reader = page.getByRole("region", { name: `Text of ${source.title}` });
    await expect(reader).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, "author-facts-reader");

    // The mouse: drag from "bring" to just before "in" (the trailing space is trimmed).
    const sentence = reader.locator("[data-sentence]", { hasText: "managed to bring back nearly 600 children" });
    // The reader scrolls on its own: bring the sentence into view before pointing at it.
    await sentence.scrollIntoViewIfNeeded();
    const from = await sentence.locator("[data-token]", { hasText: /^bring$/ }).boundingBox();
    const to = await sentence.locator("[data-token]", { hasText: /^in$/ }).boundingBox();
    await page.mouse.move(from!.x + 1, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(to!.x + 1, to!.y + to!.height / 2, { steps: 5 });
    await page.mouse.up();
    const selected = page.getByTestId("selected-quote");
    await expect(selected).toHaveText("bring back nearly 600 children");
    await page.getByRole("button", { name: "Add the selected words as evidence" }).click();
    await expect(page.getByText("The selected words were added as evidence.")).toBeVisible();
    const evidence = page.getByRole("region", { name: "Evidence", exact: true });
    await expect(evidence.getByText("bring back nearly 600 children", { exact: true })).toBeVisible();

    // The keyboard: from the sentence before, Down to the next one, Right to pick words, Shift+Right
    // to extend, Enter to use the selection (focus moves to the add button), Enter to add it.
    await reader.locator("[data-sentence]", { hasText: /^Why does this matter\?$/ }).focus();
    await page.keyboard.press("ArrowDown");
    const documented = reader.locator("[data-sentence]", { hasText: "Ukraine has documented over 19,000 children" });
    await expect(documented).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await expect(selected).toHaveText("over");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await expect(selected).toHaveText("over 19,000 children");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Add the selected words as evidence" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("The selected words were added as evidence.")).toBeVisible();
    await expect(evidence.getByText("over 19,000 children", { exact: true })).toBeVisible();

    // A pasted quote that occurs twice: the places are listed, the second one is chosen.
    const quoteForm = page.getByRole("form", { name: "Add evidence by pasting a quote" });
    await quoteForm.getByLabel("Quote").fill("19,000");
    await quoteForm.getByRole("button", { name: "Find and add the quote" }).click();
    const places = quoteForm.getByRole("group", { name: "The quote occurs 2 times: which one?" });
    await expect(places).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, "author-facts-ambiguous");
    await places.getByRole("radio", { name: /Occurrence 2: .*Over 19,000 documented as taken/ }).check();
    await quoteForm.getByRole("button", { name: "Add the chosen place as evidence" }).click();
    await expect(page.getByText("The quote was added as evidence.")).toBeVisible();

    const fact = await prisma.fact.findFirstOrThrow({ where: { statement }, include: { evidence: { orderBy: { createdAt: "asc" } } } });
    const text = (await prisma.source.findUniqueOrThrow({ where: { id: source.id }, select: { text: true } })).text!;
    expect(fact.evidence.map((e) => e.quote)).toEqual(["bring back nearly 600 children", "over 19,000 children", "19,000"]);
    for (const e of fact.evidence) expect(text.slice(e.start!, e.end!)).toBe(e.quote);
    expect(fact.evidence[2].start).toBe(text.lastIndexOf("19,000"));

    // The generator: propose, pick the numeric question, save it as a draft.
    await page.getByRole("link", { name: "Propose questions" }).click();
    const numeric = page.getByRole("checkbox", { name: /The figure \(numeric\)/ });
    await expect(numeric).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, "author-facts-proposals");
    await numeric.check();
    await page.getByRole("button", { name: "Save the chosen as drafts" }).click();
    const draftLink = page.getByRole("link", { name: "Edit the draft: The figure (numeric)" });
    await expect(draftLink).toHaveAttribute("href", /^\/admin\/questions\/[a-z0-9]+$/);
    const questionId = (await draftLink.getAttribute("href"))!.split("/").at(-1)!;
    const question = await prisma.question.findUniqueOrThrow({ where: { id: questionId }, include: { currentVersion: { include: { citations: true } } } });
    expect(question.status).toBe("DRAFT");
    expect(question.currentVersion).toMatchObject({ type: "NUMERIC", key: { value: 600, tolerance: 12 } });
    expect(question.currentVersion!.citations.map((c) => c.evidenceId)).toEqual([fact.evidence[0].id]);

    // Cited now: the page says so instead of offering to change it.
    await page.goto(`/admin/facts/${fact.id}`);
    await expect(page.getByText(/Cited by 1 question version: its wording, kind, claimant and date cannot change/)).toBeVisible();
    await page.goto(`/admin/facts?q=${encodeURIComponent(tag)}`);
    await expect(page.getByRole("row", { name: new RegExp(tag) })).toContainText("3");
  } finally {
    await prisma.question.deleteMany({ where: { versions: { some: { citations: { some: { evidence: { fact: { statement } } } } } } } });
    await prisma.fact.deleteMany({ where: { statement } });
  }
});
