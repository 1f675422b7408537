// The authoring journey end to end (issue 10 item 10), as an admin does it with mouse and keyboard
// and through the pages only: paste a new article, mark its heading and teaser, publish it; record
// a figure and a quote with evidence selected in the reader (one by mouse, one by keyboard); have
// the generator propose a question, edit and publish it; write four more in the editor; make a set
// of the five from the bank, order it by keyboard, let the checker pass, publish it as public
// practice; export it to GIFT and import it back as drafts; then a fresh student practises it and
// follows the review's citation links to the new article's sentences. axe on every authoring page.
// Prints one JSON line with the clicks, the fields and keys, and the time from the first paste to
// the published set of five (the database is only read, to check what the pages did).
import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers/a11y";
import { signInDirectly, unique } from "../helpers/browser";
import { createUser } from "../helpers/fixtures";
import { expect, test } from "../helpers/roles";
import { JourneyMeter } from "./journey/meter";

const article = (title: string) =>
  [
    title,
    "Morning boats are the busiest",
    "Read also: New bike lanes open along the waterfront",
    "The new electric ferry between Northpoint and the old harbour carried 48,200 passengers in its first month of service, the transit authority said on 3 March 2025.",
    "The city had expected about 30,000.",
    "“We ran out of seats on the morning boats within a week,” said Ingrid Solberg, the authority’s director of operations.",
    "Two more boats will join the line in June.",
    "Single tickets stay at 2.50 euros for now.",
  ].join("\n");

const figureQuote = "The new electric ferry between Northpoint and the old harbour carried 48,200 passengers in its first month";
const spokenQuote = "ran out of seats on the morning boats";

test("an admin turns a new article into a published set of five, exports and re-imports it, and a student follows its citations", async ({ page, browser, prisma, signInAs }, testInfo) => {
  // About a dozen pages, each scanned by axe three times and shot at two widths, a build of the
  // preview on every edit, a download and an import: slow on a busy two-core machine.
  test.setTimeout(600_000);
  // Letters only: the tag reaches the source's title, which the generator quotes in explanations,
  // and a digit there would read to the checker as a figure nothing cites.
  const run = unique().replace(/\d/g, (d) => "ghijklmnop"[Number(d)]);
  const tag = `journey${run}`;
  const title = `Electric harbour ferry fills its seats (${tag})`;
  const setTitle = `Harbour ferry, first month (${tag})`;
  const meter = new JourneyMeter(page);
  const started = Date.now();

  const visit = (path: string) => page.goto(path);
  const scan = () => meter.aside(() => expectNoSeriousA11yViolations(page));
  const shoot = (name: string) =>
    meter.aside(async () => {
      const viewport = page.viewportSize()!;
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const path = testInfo.outputPath(`${name}-${width}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
      }
      await page.setViewportSize(viewport);
    });
  const status = (text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

  // Every wait bounded (a wrong locator fails within a minute, not at the test's end), and
  // generous for a busy machine.
  page.setDefaultTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await signInAs("admin");

  // ── 1. The article: paste, preview, mark the heading and the teaser, save, publish. ─────────
  await visit("/admin/sources/new");
  await expect(page.getByRole("heading", { name: "Add a source", level: 1 })).toBeVisible();
  const pasted = Date.now();
  const asideBeforePaste = meter.asideMilliseconds;
  await meter.fill(page.getByLabel("Text", { exact: true }), article(title));
  await meter.fill(page.getByLabel("Title"), title);
  await meter.fill(page.getByLabel("Publisher"), "Harbour Courier");
  await meter.fill(page.getByLabel("Address (URL)"), `https://courier.example/ferry-${run}`);
  await meter.fill(page.getByLabel("Published on"), "2025-03-04");
  await meter.fill(page.getByLabel("Retrieved on"), "2025-03-05");
  await meter.click(page.getByRole("button", { name: "Preview" }));
  await expect(page.getByLabel("Role of line 1")).toHaveValue("headline");
  await meter.select(page.getByLabel("Role of line 2"), "heading");
  await meter.check(page.getByLabel("Not citable (line 2)"));
  await meter.select(page.getByLabel("Role of line 3"), "teaser");
  await scan();
  await shoot("1-source-review");
  await meter.click(page.getByRole("button", { name: "Save", exact: true }));
  await expect(status("Source saved as a draft.")).toBeVisible({ timeout: 30_000 });
  const sourceId = /\/admin\/sources\/([a-z0-9]+)/.exec(page.url())![1];
  await meter.click(page.getByRole("button", { name: "Publish" }));
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await scan();
  await shoot("1-source-published");
  const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId }, include: { sentences: { orderBy: { index: "asc" } }, relatedLinks: true } });
  expect(source.status).toBe("PUBLISHED");
  expect(source.sentences.find((s) => s.kind === "HEADING")).toMatchObject({ citable: false });
  expect(source.relatedLinks.map((r) => r.title)).toEqual(["Read also: New bike lanes open along the waterfront"]);

  // ── 2. Two facts, evidence selected in the reader. ─────────────────────────────────────────
  async function createFact(fields: { statement: string; kind: string; attributedTo: string; asOf: string }, scanTheForm: boolean) {
    // The evidence carries whose words or figure they are and as of when, like the fact: the
    // review labels a quote from its own evidence (otherwise it reads as the publisher's own).
    await visit("/admin/facts/new");
    await meter.fill(page.getByLabel("Statement"), fields.statement);
    await meter.select(page.getByLabel("Kind"), fields.kind);
    await meter.fill(page.getByLabel("Attributed to (optional)"), fields.attributedTo);
    await meter.fill(page.getByLabel("As of (optional)"), fields.asOf);
    if (scanTheForm) await scan();
    await meter.click(page.getByRole("button", { name: "Create the fact" }));
    await expect(page.getByText("The fact was created. Now add its evidence.")).toBeVisible({ timeout: 30_000 });
    const factId = /\/admin\/facts\/([a-z0-9]+)/.exec(page.url())![1];
    await meter.select(page.getByLabel("Source", { exact: true }), sourceId);
    await meter.click(page.getByRole("button", { name: "Open the source" }));
    const reader = page.getByRole("region", { name: `Text of ${title}` });
    await expect(reader).toBeVisible();
    const evidenceForm = page.getByRole("form", { name: "Add the selected words as evidence" });
    await meter.fill(evidenceForm.getByLabel("Claimant (optional)"), fields.attributedTo);
    await meter.fill(evidenceForm.getByLabel("Evidence as of (optional)"), fields.asOf);
    return { factId, reader };
  }
  const selected = page.getByTestId("selected-quote");
  const addSelected = page.getByRole("button", { name: "Add the selected words as evidence" });

  // The figure, by mouse: drag from "The" to just before "of" ("of service").
  const figureStatement = "The new electric ferry carried 48,200 passengers in its first month of service.";
  const figure = await createFact({ statement: figureStatement, kind: "FIGURE", attributedTo: "the transit authority", asOf: "2025-03" }, true);
  await scan();
  const figureSentence = figure.reader.locator("[data-sentence]", { hasText: "carried 48,200 passengers" });
  await figureSentence.scrollIntoViewIfNeeded();
  const from = await figureSentence.locator("[data-token]", { hasText: /^The$/ }).first().boundingBox();
  const to = await figureSentence.locator("[data-token]", { hasText: /^of$/ }).boundingBox();
  await meter.drag({ x: from!.x + 1, y: from!.y + from!.height / 2 }, { x: to!.x + 1, y: to!.y + to!.height / 2 });
  await expect(selected).toHaveText(figureQuote);
  await meter.click(addSelected);
  await expect(page.getByText("The selected words were added as evidence.")).toBeVisible({ timeout: 30_000 });
  await shoot("2-fact-figure-reader");

  // The quote, by keyboard: from the sentence before, Down to it, Right twice to "ran",
  // Shift+Right seven times to "boats", Enter to take the selection, Enter to add it.
  const spokenStatement = "Ingrid Solberg said the morning boats ran out of seats within a week.";
  const spoken = await createFact({ statement: spokenStatement, kind: "QUOTE", attributedTo: "Ingrid Solberg", asOf: "2025-03-03" }, false);
  await spoken.reader.locator("[data-sentence]", { hasText: /^The city had expected about 30,000\.$/ }).focus();
  await meter.press("ArrowDown");
  await expect(spoken.reader.locator("[data-sentence]", { hasText: "We ran out of seats" })).toBeFocused();
  await meter.press("ArrowRight");
  await meter.press("ArrowRight");
  await expect(selected).toHaveText("ran");
  for (let i = 0; i < 7; i++) await meter.press("Shift+ArrowRight");
  await expect(selected).toHaveText(spokenQuote);
  await meter.press("Enter");
  await expect(addSelected).toBeFocused();
  await meter.press("Enter");
  await expect(page.getByText("The selected words were added as evidence.")).toBeVisible({ timeout: 30_000 });
  await scan();

  const facts = await prisma.fact.findMany({ where: { id: { in: [figure.factId, spoken.factId] } }, include: { evidence: true } });
  for (const fact of facts) {
    expect(fact.evidence).toHaveLength(1);
    const [evidence] = fact.evidence;
    expect(evidence.sourceId).toBe(sourceId);
    expect(source.text!.slice(evidence.start!, evidence.end!)).toBe(evidence.quote);
  }
  const figureEvidence = facts.find((f) => f.id === figure.factId)!.evidence[0];
  const spokenEvidence = facts.find((f) => f.id === spoken.factId)!.evidence[0];
  expect([figureEvidence.quote, spokenEvidence.quote]).toEqual([figureQuote, spokenQuote]);

  // ── 3. Five questions. The first proposed by the generator, edited, published. ─────────────
  await visit(`/admin/facts/${figure.factId}`);
  await meter.click(page.getByRole("link", { name: "Propose questions" }));
  const numeric = page.getByRole("checkbox", { name: /The figure \(numeric\)/ });
  await expect(numeric).toBeVisible({ timeout: 30_000 });
  await scan();
  await shoot("3-proposals");
  await meter.check(numeric);
  await meter.click(page.getByRole("button", { name: "Save the chosen as drafts" }));
  await meter.click(page.getByRole("link", { name: "Edit the draft: The figure (numeric)" }));
  await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+$/, { timeout: 30_000 });
  const generatedId = new URL(page.url()).pathname.split("/")[3];
  const proposedStem = await page.getByLabel("Question", { exact: true }).inputValue();
  expect(proposedStem).toContain("___");
  const stems = {
    numeric: "How many passengers did the new electric ferry carry in its first month of service?",
    shortText: "Who does the article quote on how quickly the new ferry’s seats ran out?",
    trueFalse: "True or false: the director of operations said the evening boats were the first to run out of seats.",
    route: "Which route does the new electric ferry serve?",
    boats: "Which boats ran out of seats within a week, according to the director of operations?",
  };
  await meter.fill(page.getByLabel("Question", { exact: true }), stems.numeric);
  await meter.fill(page.getByLabel("Points", { exact: true }), "2");
  await meter.fill(page.getByLabel("Tags (comma-separated)"), tag);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("group", { name: stems.numeric })).toBeVisible({ timeout: 30_000 });
  await meter.click(page.getByRole("button", { name: "Save", exact: true }));
  await expect(status(/Saved \(version 1/)).toBeVisible({ timeout: 30_000 });
  await meter.click(page.getByRole("button", { name: "Publish" }));
  await expect(status("Published.")).toBeVisible({ timeout: 30_000 });
  await scan();
  await shoot("3-question-generated-edited");

  /** A question written in the editor, citing one quote of this article, then published. */
  async function writeQuestion(typeName: string, stem: string, fillType: () => Promise<void>, cite: RegExp, explanation: string, shotName?: string) {
    await visit("/admin/questions/new");
    if (shotName) await scan();
    // The link's name is the type and its description.
    await meter.click(page.getByRole("link", { name: typeName }));
    await expect(page.getByRole("heading", { level: 1, name: `New ${typeName.toLowerCase()} question` })).toBeVisible();
    await meter.fill(page.getByLabel("Question", { exact: true }), stem);
    await fillType();
    await meter.fill(page.getByLabel("Explanation (Markdown)"), explanation);
    await meter.fill(page.getByLabel("Tags (comma-separated)"), tag);
    await meter.fill(page.getByLabel("Search facts, quotes and sources"), tag);
    await meter.check(page.getByRole("checkbox", { name: cite }));
    await expect(preview.getByRole("article").getByRole("heading", { name: stem })).toBeVisible({ timeout: 30_000 });
    if (shotName) {
      await scan();
      await shoot(shotName);
    }
    await meter.click(page.getByRole("button", { name: "Create draft" }));
    await expect(page).toHaveURL(/\/admin\/questions\/[a-z0-9]+\?created=1$/, { timeout: 30_000 });
    await meter.click(page.getByRole("button", { name: "Publish" }));
    await expect(status("Published.")).toBeVisible({ timeout: 30_000 });
    return new URL(page.url()).pathname.split("/")[3];
  }
  const citesSpoken = new RegExp(spokenQuote);
  const citesFigure = /carried 48,200 passengers/;
  const options = async (texts: string[], right: number) => {
    for (const [i, text] of texts.entries()) await meter.fill(page.getByLabel(`Option ${i + 1}: words`), text);
    await meter.check(page.getByLabel(`Option ${right} is the right answer`));
  };

  await writeQuestion(
    "Short text",
    stems.shortText,
    () => meter.fill(page.getByLabel("Accepted answers, one a line"), "Ingrid Solberg\nSolberg"),
    citesSpoken,
    "The article quotes Ingrid Solberg, the transit authority’s director of operations.",
    "3-question-new-short-text",
  );
  await writeQuestion(
    "True or false",
    stems.trueFalse,
    () => meter.check(page.getByRole("region", { name: "True or false: options and answer" }).getByRole("radio", { name: "False", exact: true })),
    citesSpoken,
    "False: she said the **morning** boats filled up first.",
  );
  await writeQuestion(
    "Single choice",
    stems.route,
    () => options(["Northpoint and the old harbour", "Northpoint and the airport", "The old harbour and the islands"], 1),
    citesFigure,
    "The transit authority’s figure names the route.",
  );
  await writeQuestion(
    "Single choice",
    stems.boats,
    () => options(["The evening boats", "The morning boats", "The weekend boats"], 2),
    citesSpoken,
    "She spoke of the morning boats.",
  );

  // ── 4. The set: create, bulk add from the bank, order by keyboard, check, publish. ──────────
  await visit("/admin/sets");
  await scan();
  await meter.fill(page.getByLabel("Title", { exact: true }), setTitle);
  await meter.fill(page.getByLabel("Description (optional)"), "Five questions on the new ferry line’s first month.");
  await meter.click(page.getByRole("button", { name: "Create the set" }));
  await expect(page.getByRole("heading", { level: 1, name: setTitle })).toBeVisible({ timeout: 30_000 });
  const quizSetId = page.url().split("/").pop()!;

  await visit("/admin/questions");
  await meter.fill(page.getByLabel("Tag", { exact: true }), tag);
  await meter.click(page.getByRole("button", { name: "Filter" }));
  const bank = page.getByRole("list", { name: "Questions in the bank" });
  await expect(bank.getByRole("listitem")).toHaveCount(5, { timeout: 30_000 });
  await scan();
  await shoot("4-bank");
  // In the order an author wants them, but the route question one place too low (moved below).
  for (const stem of [stems.numeric, stems.shortText, stems.trueFalse, stems.boats, stems.route]) await meter.check(page.getByRole("checkbox", { name: `Select ${stem}` }));
  await meter.select(page.getByLabel("Quiz set", { exact: true }), { label: `${setTitle} (draft)` });
  await meter.click(page.getByRole("button", { name: "Add ticked questions to the set" }));
  await expect(status("Added 5 questions to the set.")).toBeVisible({ timeout: 30_000 });
  await meter.click(page.getByRole("link", { name: "Open the set" }));
  const setList = page.getByRole("list", { name: "Questions in this set" });
  await expect(setList.getByRole("listitem")).toHaveCount(5, { timeout: 30_000 });
  const listed = async () => {
    const texts = await setList.getByRole("listitem").allInnerTexts();
    return texts.map((text) => Object.values(stems).find((stem) => text.includes(stem)));
  };
  // Added in the bank's order; the last one is moved up one place.
  const added = await listed();
  expect([...added].sort()).toEqual(Object.values(stems).sort());
  const wanted = [...added.slice(0, 3), added[4], added[3]];

  // By keyboard: the last one picked up by its handle, moved up one place, dropped.
  await setList.getByRole("button", { name: "Drag question 5" }).focus();
  await meter.press("Space");
  await expect(status(/Picked up .* at place 5 of 5\./)).toBeAttached();
  await meter.press("ArrowUp");
  await expect(status(/ moved to place 4 of 5\./)).toBeAttached();
  await meter.press("Space");
  await expect.poll(listed).toEqual(wanted);
  const storedOrder = async () =>
    (await prisma.quizItem.findMany({ where: { quizSetId }, orderBy: { position: "asc" }, select: { question: { select: { currentVersion: { select: { stem: true } } } } } })).map((i) => i.question.currentVersion?.stem);
  await expect.poll(storedOrder).toEqual(wanted);

  // The checker: nothing to fix (no warning either), then publish and make it public practice.
  await meter.click(page.getByRole("button", { name: "Save and check" }));
  // The details form's own status: the order's status above may still say "New order saved. The
  // checker found nothing to fix.", which contains this text too.
  await expect(page.getByRole("form", { name: "Set details" }).getByRole("status")).toHaveText("Saved. The checker found nothing to fix.", { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Findings" })).toHaveCount(0);
  await scan();
  await meter.click(page.getByRole("button", { name: "Publish the set" }));
  await expect(status("Published: students can practise it now.")).toBeVisible({ timeout: 30_000 });
  const published = Date.now();
  const asideUntilPublished = meter.asideMilliseconds - asideBeforePaste;
  const clicksToPublished = meter.clicks;
  await meter.click(page.getByRole("button", { name: "Make it public practice" }));
  await expect(status("The set is public practice")).toBeVisible({ timeout: 30_000 });
  const quizSet = await prisma.quizSet.findUniqueOrThrow({
    where: { id: quizSetId },
    include: { items: { orderBy: { position: "asc" }, include: { question: { include: { currentVersion: { include: { citations: { orderBy: { position: "asc" } } } } } } } } },
  });
  expect(quizSet).toMatchObject({ status: "PUBLISHED", isPublic: true });
  expect(quizSet.items.map((i) => i.question.currentVersion!.stem)).toEqual(wanted);
  expect(quizSet.items.every((i) => i.question.status === "PUBLISHED")).toBe(true);
  const generated = quizSet.items.find((i) => i.question.id === generatedId)!.question;
  expect(generated.currentVersion).toMatchObject({ type: "NUMERIC", points: 2, key: { value: 48200 } });
  await scan();
  await shoot("4-set-published");

  // ── 5. GIFT: download the set, import the file as drafts in a new set. ─────────────────────
  await visit("/admin/transfer/gift");
  await scan();
  const downloading = page.waitForEvent("download");
  await meter.click(page.getByRole("link", { name: `Download GIFT of ${setTitle}` }));
  const gift = await readFile((await (await downloading).path())!, "utf8");
  for (const stem of Object.values(stems)) expect(gift).toContain(stem.replace(/[~=#{}:]/g, (c) => `\\${c}`));
  await meter.chooseFile(page.getByLabel("GIFT file", { exact: true }), { name: `ferry-${run}.gift.txt`, mimeType: "text/plain", buffer: Buffer.from(gift) });
  await meter.click(page.getByRole("button", { name: "Preview" }));
  await expect(page.getByRole("region", { name: "Questions found in the file" }).getByRole("row")).toHaveCount(6, { timeout: 30_000 });
  await meter.check(page.getByLabel("Also in a new draft quiz set:"));
  await meter.fill(page.getByLabel("New set’s title"), `${setTitle} re-imported`);
  await scan();
  await shoot("5-gift-preview");
  await meter.click(page.getByRole("button", { name: "Import 5 questions" }));
  await expect(page.getByRole("status").first()).toContainText(`Imported 5 draft questions and added to “${setTitle} re-imported”`, { timeout: 30_000 });
  const imported = await prisma.quizSet.findFirstOrThrow({
    where: { title: `${setTitle} re-imported` },
    include: { items: { orderBy: { position: "asc" }, include: { question: { include: { currentVersion: { include: { citations: { orderBy: { position: "asc" } } } } } } } } },
  });
  expect(imported.status).toBe("DRAFT");
  const shape = (items: typeof quizSet.items) =>
    items.map((i) => ({ status: i.question.status, type: i.question.currentVersion!.type, stem: i.question.currentVersion!.stem, citations: i.question.currentVersion!.citations.map((c) => c.evidenceId) }));
  expect(shape(imported.items)).toEqual(shape(quizSet.items).map((q) => ({ ...q, status: "DRAFT" })));
  expect(imported.items.map((i) => i.question.currentVersion!.key)).toEqual(quizSet.items.map((i) => i.question.currentVersion!.key));

  /** The one JSON line: printed and attached even when the student part fails (then "completed": false). */
  async function report(completed: boolean) {
    const finished = Date.now();
    const asideTotal = meter.asideMilliseconds;
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    const measured = {
      authoring_journey: {
        completed,
        clicks: meter.clicks,
        keystrokes_fields: meter.fieldsFilled + meter.keyPresses,
        fields_filled: meter.fieldsFilled,
        key_presses: meter.keyPresses,
        characters_typed: meter.charactersTyped,
        clicks_to_published_set_of_five: clicksToPublished,
        seconds_to_published_set_of_five: seconds(published - pasted),
        seconds_to_published_set_of_five_without_axe_and_screenshots: seconds(published - pasted - asideUntilPublished),
        seconds_total: seconds(finished - started),
        seconds_total_without_axe_and_screenshots: seconds(finished - started - asideTotal),
      },
    };
    console.log(JSON.stringify(measured));
    await testInfo.attach("authoring-journey.json", { body: JSON.stringify(measured, null, 2), contentType: "application/json" });
  }

  // ── 6. A fresh student practises the set; the review's citations lead to the new article. ──
  const student = await createUser(prisma, { name: `Journey Student ${run}` });
  let completed = false;
  const studentContext = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  try {
    await signInDirectly(studentContext, prisma, student.email);
    const taking = await studentContext.newPage();
    taking.setDefaultTimeout(60_000);
    await taking.goto(`/quizzes/${quizSet.slug}`);
    await taking.getByRole("button", { name: "Start practice" }).click();
    await expect(taking).toHaveURL(/\/attempts\/[a-z0-9]+$/, { timeout: 30_000 });
    // One question a page, in the set's order (questions are not shuffled; options are, so each
    // answer is chosen by its words).
    const answers: Record<string, (group: Locator) => Promise<void>> = {
      [stems.numeric]: (g) => g.getByRole("textbox").fill("48200"),
      [stems.shortText]: (g) => g.getByRole("textbox").fill("Ingrid Solberg"),
      [stems.trueFalse]: (g) => g.getByLabel("False", { exact: true }).check(),
      [stems.route]: (g) => g.getByLabel("Northpoint and the old harbour").check(),
      [stems.boats]: (g) => g.getByLabel("The morning boats").check(),
    };
    for (const [n, stem] of wanted.entries()) {
      const group = taking.getByRole("group", { name: new RegExp(`^Question ${n + 1} of 5`) });
      await expect(group).toContainText(stem!, { timeout: 30_000 });
      await answers[stem!](group);
      await expect(group.getByRole("status")).toHaveText(/^Saved \d/, { timeout: 30_000 });
      if (n < wanted.length - 1) {
        await taking.getByRole("button", { name: "Next", exact: true }).click();
        await expect(taking).toHaveURL(new RegExp(`\\?q=${n + 2}$`), { timeout: 30_000 });
      }
    }
    taking.once("dialog", (dialog) => void dialog.accept());
    await taking.getByRole("button", { name: "Submit answers" }).click();
    await expect(taking).toHaveURL(/\/review$/, { timeout: 30_000 });
    await expect(taking.getByText(/^6 of 6 points$/)).toBeVisible({ timeout: 30_000 });

    const cards = taking.locator("figure").filter({ has: taking.getByRole("link", { name: /^Read it in the article/ }) });
    await expect(cards).toHaveCount(5, { timeout: 30_000 });
    const targets: { href: string; quote: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const card = cards.nth(i);
      const quote = (await card.locator("blockquote").innerText()).replace(/^“|”$/g, "");
      const href = (await card.getByRole("link", { name: /^Read it in the article/ }).getAttribute("href"))!;
      expect(href).toMatch(new RegExp(`^/sources/${source.slug}#s-\\d+$`));
      expect([figureQuote, spokenQuote]).toContain(quote);
      targets.push({ href, quote });
    }
    await taking.screenshot({ path: testInfo.outputPath("6-student-review-1280.png"), fullPage: true });
    await testInfo.attach("6-student-review-1280", { path: testInfo.outputPath("6-student-review-1280.png"), contentType: "image/png" });
    // Each link lands on the sentence that holds its quote (both quotes are linked).
    expect(new Set(targets.map((t) => t.quote)).size).toBe(2);
    for (const { href, quote } of targets.filter((t, i) => targets.findIndex((u) => u.href === t.href) === i)) {
      await taking.goto(href);
      await expect(taking.locator(new URL(href, "http://x").hash)).toContainText(quote);
    }
    completed = true;
  } finally {
    await studentContext.close();
    await report(completed);
  }
});
