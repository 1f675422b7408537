import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCitableSpan, resolveCitableQuote } from "@/lib/domain/citable-quote";
import { parseDay, parseSourceFields, revisionSlug, slugFromTitle } from "@/lib/domain/source-input";
import { choicesFromForm, reviewLines, splitWithChoices } from "@/lib/domain/source-layout";
import { recheckQuotes } from "@/lib/domain/source-recheck";

const article = [
  "Storm closes the harbour",
  "Boats stayed in port on Monday. The mayor said the harbour would reopen on Friday.",
  "",
  "What the mayor said",
  "Read also: Harbour fees rise again",
  "Fishermen lost three days of work. The mayor said the harbour would reopen on Friday.",
].join("\n");

function split(text: string, fields: Record<string, string>) {
  const { sentences, related, problems } = splitWithChoices(text, choicesFromForm(fields));
  return { sentences, teasers: related.map((r) => ({ start: r.start, end: r.end })), related, problems };
}

describe("the review's choices become the source's layout", () => {
  it("proposes the first line as headline and the rest as body before any choice", () => {
    const lines = reviewLines(article);
    expect(lines.map((l) => [l.line, l.choice.role])).toEqual([
      [1, "headline"],
      [2, "body"],
      [4, "body"],
      [5, "body"],
      [6, "body"],
    ]);
  });

  it("makes a headline, a heading, a teaser and a non-citable heading from the form fields", () => {
    const { sentences, related, problems } = split(article, { "role-1": "headline", "role-4": "heading", "noncitable-4": "on", "role-5": "teaser", "role-2": "body" });
    expect(problems).toEqual([]);
    expect(sentences.map((s) => [s.index, s.paragraph, s.kind, s.citable])).toEqual([
      [1, 1, "HEADLINE", true],
      [2, 2, "BODY", true],
      [3, 2, "BODY", true],
      [4, 4, "HEADING", false],
      [5, 6, "BODY", true],
      [6, 6, "BODY", true],
    ]);
    expect(related).toEqual([{ line: 5, start: article.indexOf("Read also"), end: article.indexOf("again") + 5, text: "Read also: Harbour fees rise again" }]);
    for (const s of sentences) expect(article.slice(s.start, s.end).trim()).toBe(article.slice(s.start, s.end));
  });

  it("keeps the choices of lines the form names, and reads unknown roles as body", () => {
    const choices = choicesFromForm({ "role-2": "heading", "role-4": "<script>", "noncitable-6": "on", title: "x" });
    expect(reviewLines(article, choices).map((l) => [l.line, l.choice.role, l.choice.citable])).toEqual([
      [1, "body", true],
      [2, "heading", true],
      [4, "body", true],
      [5, "body", true],
      [6, "body", false],
    ]);
  });

  it("refuses two headlines and a text with nothing citable", () => {
    expect(split(article, { "role-1": "headline", "role-4": "headline" }).problems).toEqual([
      "Only one line can be the headline; lines 1, 4 are marked as headline.",
    ]);
    expect(split("Only a teaser\n", { "role-1": "teaser" }).problems).toEqual(["Every line is a teaser or not citable: leave at least one citable line."]);
  });
});

describe("a quote resolves only to citable text", () => {
  const { sentences, teasers } = split(article, { "role-1": "headline", "role-4": "heading", "noncitable-4": "on", "role-5": "teaser" });

  it("resolves a quote in a body sentence, with typographic differences", () => {
    const resolved = resolveCitableQuote(article, "Boats  stayed in port", sentences, teasers);
    expect(resolved).toEqual({ ok: true, span: { start: article.indexOf("Boats"), end: article.indexOf("Boats") + "Boats stayed in port".length } });
  });

  it("refuses a quote in a non-citable heading or a teaser, and says why", () => {
    expect(resolveCitableQuote(article, "What the mayor said", sentences, teasers)).toMatchObject({ ok: false, reason: "not-citable" });
    expect(resolveCitableQuote(article, "Harbour fees rise", sentences, teasers)).toMatchObject({ ok: false, reason: "not-citable" });
  });

  it("refuses a missing, empty or repeated quote, and picks the nearest with `near`", () => {
    expect(resolveCitableQuote(article, "The port burned", sentences, teasers)).toMatchObject({ ok: false, reason: "not-found" });
    expect(resolveCitableQuote(article, "  ", sentences, teasers)).toMatchObject({ ok: false, reason: "empty" });
    const repeated = "The mayor said the harbour would reopen on Friday.";
    expect(resolveCitableQuote(article, repeated, sentences, teasers)).toMatchObject({ ok: false, reason: "ambiguous" });
    const second = article.lastIndexOf(repeated);
    expect(resolveCitableQuote(article, repeated, sentences, teasers, second)).toEqual({ ok: true, span: { start: second, end: second + repeated.length } });
  });

  it("counts only the citable occurrence of a phrase also found in a non-citable line", () => {
    const text = "Harbour closed\nThe harbour closed at noon.";
    const { sentences: s, teasers: t } = split(text, { "role-1": "heading", "noncitable-1": "on" });
    expect(resolveCitableQuote(text, "harbour closed", s, t)).toEqual({ ok: true, span: { start: text.indexOf("harbour closed at"), end: text.indexOf(" at noon") } });
  });

  it("lets a quote span two citable sentences of a line, never a non-citable one", () => {
    const span = { start: article.indexOf("Monday."), end: article.indexOf("The mayor") + 9 };
    expect(isCitableSpan(article, span, sentences, teasers)).toBe(true);
    expect(isCitableSpan(article, { start: 0, end: 5 }, sentences.map((s) => ({ ...s, citable: s.index !== 1 })), teasers)).toBe(false);
  });
});

describe("re-checking quotes against a corrected text", () => {
  it("moves what still resolves and lists the rest with the reason", () => {
    const corrected = article.replace("three days", "four days").replace("Boats stayed", "All boats stayed");
    const { sentences, teasers } = split(corrected, { "role-1": "headline", "role-4": "heading", "noncitable-4": "on", "role-5": "teaser" });
    const outcome = recheckQuotes(corrected, sentences, teasers, [
      { id: "moves", quote: "stayed in port on Monday" },
      { id: "gone", quote: "lost three days of work" },
      { id: "twice", quote: "would reopen on Friday" },
      { id: "heading", quote: "What the mayor said" },
    ]);
    expect(outcome.moves).toEqual([{ id: "moves", span: { start: corrected.indexOf("stayed"), end: corrected.indexOf("stayed") + "stayed in port on Monday".length } }]);
    expect(outcome.broken.map((b) => [b.id, b.reason])).toEqual([
      ["gone", "not-found"],
      ["twice", "ambiguous"],
      ["heading", "not-citable"],
    ]);
  });

  // Words from a–m only; the quote holds a word with letters the other lines never use, so it
  // occurs exactly once in either text whatever else the correction changes.
  const word = fc.stringMatching(/^[a-m]{1,8}$/);
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => `${words.join(" ")}.`);
  const lines = fc.array(line, { minLength: 0, maxLength: 5 });

  it("always moves a quote that occurs once in the old text and is unchanged in the new one", () => {
    fc.assert(
      fc.property(lines, lines, lines, lines, fc.stringMatching(/^[n-z]{3,10}$/), (oldBefore, oldAfter, newBefore, newAfter, marker) => {
        const quoted = `the ${marker} report was quoted`;
        const oldText = [...oldBefore, `We read that ${quoted} today.`, ...oldAfter].join("\n");
        const newText = [...newBefore, `We read that ${quoted} today.`, ...newAfter].join("\n");
        const before = split(oldText, {});
        expect(resolveCitableQuote(oldText, quoted, before.sentences.map((s) => ({ ...s, citable: true })), []).ok).toBe(true);
        const after = split(newText, {});
        const body = after.sentences.map((s) => ({ ...s, citable: true }));
        const outcome = recheckQuotes(newText, body, after.teasers, [{ id: "q", quote: quoted }]);
        expect(outcome.broken).toEqual([]);
        expect(outcome.moves).toHaveLength(1);
        expect(newText.slice(outcome.moves[0].span.start, outcome.moves[0].span.end)).toBe(quoted);
      }),
    );
  });
});

describe("the source form's fields", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const valid = { mode: "text", title: "Storm closes the harbour", publisher: "Harbour News", url: "https://news.example/storm", publishedAt: "2025-08-15", retrievedAt: "2025-08-16", text: article, status: "DRAFT" };

  it("accepts a complete pasted source and a link-only one", () => {
    const parsed = parseSourceFields(valid, now);
    expect(parsed).toMatchObject({ ok: true, value: { title: "Storm closes the harbour", text: article, publishedAt: new Date("2025-08-15T00:00:00Z"), status: "DRAFT" } });
    expect(parseSourceFields({ mode: "link", title: "A report", url: "http://example.org/r", text: "ignored", status: "PUBLISHED" }, now)).toMatchObject({
      ok: true,
      value: { mode: "link", text: null, publisher: null, publishedAt: null, status: "PUBLISHED" },
    });
  });

  it("refuses each bad field with its own message", () => {
    const errors = (fields: Record<string, string>) => {
      const parsed = parseSourceFields({ ...valid, ...fields }, now);
      return parsed.ok ? {} : parsed.fieldErrors;
    };
    expect(errors({ title: "  " })).toEqual({ title: ["Enter the source's title."] });
    expect(errors({ url: "javascript:alert(1)" })).toEqual({ url: ["Only http and https addresses are allowed."] });
    expect(errors({ url: "news.example/storm" })).toEqual({ url: ["Enter a full address starting with https:// or http://."] });
    expect(errors({ mode: "link", url: "" })).toEqual({ url: ["A link-only source needs its address."] });
    expect(errors({ publishedAt: "2025-02-30" })).toEqual({ publishedAt: ["Enter a real date (year-month-day)."] });
    expect(errors({ retrievedAt: "2025-08-01" })).toEqual({ retrievedAt: ["A source cannot be retrieved before it was published."] });
    expect(errors({ publishedAt: "2027-01-01", retrievedAt: "" })).toEqual({ publishedAt: ["This date is in the future."] });
    expect(errors({ text: "" })).toEqual({ text: ["Paste the source's text, or choose “Link only”."] });
    expect(errors({ text: "a".repeat(200_001) }).text?.[0]).toMatch(/^The text is 200,001 characters long; the limit is 200,000\./);
    expect(errors({ text: "Bad\u0000byte" })).toEqual({ text: ["The text contains invisible control characters: remove them (line breaks and tabs are fine)."] });
    expect(errors({ title: "Ti\u0007tle" })).toEqual({ title: ["Remove the invisible control characters and line breaks."] });
  });

  it("keeps the text byte for byte but for the browser's CRLF line ends, stored as LF", () => {
    const text = "Headline\r\nBody\twith a tab.\rLast  line ";
    expect(parseSourceFields({ ...valid, text }, now)).toMatchObject({ ok: true, value: { text: "Headline\nBody\twith a tab.\nLast  line " } });
  });

  it("reads only real calendar days", () => {
    expect(parseDay("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(parseDay("2025-02-29")).toBe("invalid");
    expect(parseDay("15/08/2025")).toBe("invalid");
    expect(parseDay("")).toBeNull();
  });

  it("makes slugs from titles and revisions", () => {
    expect(slugFromTitle("Trump–Putin summit: what Anchorage said!")).toBe("trump-putin-summit-what-anchorage-said");
    expect(slugFromTitle("Ça coûte €")).toBe("ca-coute");
    expect(slugFromTitle("!!!")).toBe("source");
    expect(revisionSlug("storm", 2)).toBe("storm-r2");
    expect(revisionSlug("storm-r2", 3)).toBe("storm-r3");
  });
});

describe("a stored source's choices, read back for a correction", () => {
  it("gives back the roles and flags the source was saved with", async () => {
    const { choicesFromRows } = await import("@/lib/domain/source-layout");
    const fields = { "role-1": "headline", "role-4": "heading", "noncitable-4": "on", "role-5": "teaser" };
    const { sentences, related } = split(article, fields);
    const back = choicesFromRows(article, sentences, related.map((r) => r.start));
    expect(splitWithChoices(article, back)).toEqual(splitWithChoices(article, choicesFromForm(fields)));
    expect(back.get(5)).toEqual({ role: "teaser", citable: true });
  });
});
