// The question editor's form: every type's content survives the trip into the form's fields and
// back (property), each mistake an author can make gets a message on its own field, row edits,
// and the rules for versions and for publishing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyIntent,
  draftFromVersion,
  draftToFields,
  draftToInput,
  emptyDraft,
  readDraft,
  type QuestionDraft,
  type StoredVersion,
} from "@/lib/domain/question-form";
import { citationResolves, publishProblem, saveModeFor } from "@/lib/domain/question-form-rules";
import { questionTypeNames, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { contentArb } from "./question-arbitraries";

const version = (content: QuestionContent, extra: Partial<StoredVersion> = {}): StoredVersion => ({
  type: content.type,
  stem: "What happened?",
  content,
  explanation: "Because **the article** says so.",
  points: 2,
  difficulty: 3,
  tags: ["alaska", "summit"],
  citationIds: ["clevidence0000000000001"],
  ...extra,
});

/** Through the form: draft → posted fields → draft → question. */
const viaForm = (draft: QuestionDraft) => draftToInput(readDraft(draftToFields(draft)));

// What the form cannot hold, by design: an ordering shown in its right order (the editor refuses
// it), and accepted answers with line breaks or outer spaces (one a line, trimmed).
function formCanHold(content: QuestionContent): boolean {
  if (content.type === "ORDERING") return content.options.choices.some((c, i) => c.id !== content.key.order[i]);
  if (content.type === "SHORT_TEXT") return content.key.accepted.every((a) => a === a.trim() && !/[\r\n]/.test(a)) && new Set(content.key.accepted).size === content.key.accepted.length;
  return true;
}

/**
 * Equal, reading -0 as 0 and relative tolerances as the form holds them: in percent, to 12
 * significant digits (rounding both sides the form's way; rounding to fewer digits again would
 * round twice and could differ in the last digit).
 */
function normalised(content: QuestionContent) {
  const copy = JSON.parse(JSON.stringify(content, (_k, v) => (Object.is(v, -0) ? 0 : v)));
  if (copy.type === "NUMERIC" && copy.key.toleranceKind === "relative") copy.key.tolerance = Number((copy.key.tolerance * 100).toPrecision(12)) / 100;
  if (copy.feedback === undefined) delete copy.feedback;
  return copy;
}

describe("form ↔ content", () => {
  it.each(questionTypeNames)("%s: any valid content round-trips through the form's fields (property)", (type) => {
    fc.assert(
      fc.property(contentArb(type as QuestionType).filter(formCanHold), (content) => {
        const result = viaForm(draftFromVersion(version(content)));
        if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
        expect(normalised(result.input.content)).toEqual(normalised(content));
        expect(result.input).toMatchObject({ stem: "What happened?", points: 2, difficulty: 3, tags: ["alaska", "summit"], citationIds: ["clevidence0000000000001"] });
      }),
      { numRuns: 150 },
    );
  });

  it("keeps per-option feedback, true/false feedback and feedback by figure", () => {
    const single: QuestionContent = { type: "SINGLE_CHOICE", options: { choices: [{ id: "a", text: "Anchorage" }, { id: "b", text: "Juneau" }] }, key: { correct: "a" }, feedback: { b: "Juneau is the capital." } };
    const tf: QuestionContent = { type: "TRUE_FALSE", options: {}, key: { correct: false }, feedback: { true: "No: it was Anchorage." } };
    const numeric: QuestionContent = { type: "NUMERIC", options: { unit: "children" }, key: { value: 19546, tolerance: 0.05, toleranceKind: "relative" }, feedback: { "20000": "That is the rounded figure." } };
    for (const content of [single, tf, numeric]) {
      const result = viaForm(draftFromVersion(version(content)));
      expect(result.ok && result.input.content).toEqual(content);
    }
    expect(draftFromVersion(version(numeric)).tolerance).toBe("5");
  });
});

describe("field-level messages", () => {
  const withStem = (type: QuestionType, patch: Partial<QuestionDraft> = {}) => ({ ...emptyDraft(type), stem: "Which?", ...patch });
  const errorsOf = (draft: QuestionDraft) => {
    const result = viaForm(draft);
    if (result.ok) throw new Error("expected a refusal");
    return result.fieldErrors;
  };

  it("names the stem, points, difficulty and tags", () => {
    const errors = errorsOf({ ...emptyDraft("TRUE_FALSE"), correct: ["true"], points: "0", difficulty: "9", tags: "a".repeat(41) });
    expect(errors.stem).toEqual(["Write the question."]);
    expect(errors.points).toEqual(["Points must be a whole number from 1 to 100."]);
    expect(errors.difficulty).toEqual(["Difficulty must be a whole number from 1 to 5."]);
    expect(errors.tags).toEqual(["Keep each tag under 40 characters."]);
  });

  it("single choice: a blank option and no right answer", () => {
    const errors = errorsOf(withStem("SINGLE_CHOICE", { rows: [{ id: "a", text: "One", feedback: "", match: "", shown: "" }, { id: "b", text: " ", feedback: "", match: "", shown: "" }] }));
    expect(errors["rows.1.text"]).toEqual(["Write this option, or remove it."]);
    expect(errors.correct).toEqual(["Choose the right answer."]);
  });

  it("multiple select: nothing ticked; fewer than two options", () => {
    const errors = errorsOf(withStem("MULTIPLE_SELECT", { rows: [{ id: "a", text: "One", feedback: "", match: "", shown: "" }] }));
    expect(errors.correct).toEqual(["Tick at least one right answer."]);
    expect(errors.rows).toEqual(["Give at least two options."]);
  });

  it("true/false: neither chosen", () => {
    expect(errorsOf(withStem("TRUE_FALSE")).correct).toEqual(["Say whether the statement is true or false."]);
  });

  it("numeric: not a number, negative tolerance, feedback without its figure", () => {
    const errors = errorsOf(withStem("NUMERIC", { value: "about 600", tolerance: "-1", rows: [{ id: "f0", text: "", feedback: "Close.", match: "", shown: "" }] }));
    expect(errors.value).toEqual(["Enter a number, like 19000, 19,000 or 1.5."]);
    expect(errors.tolerance).toEqual(["The tolerance cannot be negative."]);
    expect(errors["rows.0.text"]).toEqual(["Say which answer this feedback is for."]);
    expect(viaForm(withStem("NUMERIC", { value: "19,000", tolerance: "5", toleranceKind: "relative" }))).toMatchObject({ ok: true, input: { content: { key: { value: 19000, tolerance: 0.05 } } } });
  });

  it("short text: no accepted answer, a bad longest length", () => {
    const errors = errorsOf(withStem("SHORT_TEXT", { accepted: " \n ", maxLength: "0" }));
    expect(errors.accepted).toEqual(["Give at least one accepted answer."]);
    expect(errors.maxLength).toEqual(["The longest answer must be a whole number from 1 to 500."]);
  });

  it("ordering: shown in the right order is refused; a bad place", () => {
    const rows = ["First", "Second", "Third"].map((text, i) => ({ id: "abc"[i], text, feedback: "", match: "", shown: "" }));
    expect(errorsOf(withStem("ORDERING", { rows })).rows).toEqual(["Show the items in another order than the right one: give each a different place shown."]);
    expect(errorsOf(withStem("ORDERING", { rows: rows.map((r, i) => ({ ...r, shown: i === 0 ? "x" : "1" })) }))["rows.0.shown"]).toEqual(["The place shown must be a whole number from 1."]);
    const ok = viaForm(withStem("ORDERING", { rows: rows.map((r, i) => ({ ...r, shown: String(3 - i) })) }));
    expect(ok).toMatchObject({ ok: true, input: { content: { key: { order: ["a", "b", "c"] }, options: { choices: [{ id: "c" }, { id: "b" }, { id: "a" }] } } } });
  });

  it("matching: a prompt without its answer, a blank answer", () => {
    const draft = withStem("MATCHING");
    draft.rows = draft.rows.map((r, i) => ({ ...r, text: `Prompt ${i}`, match: i === 0 ? "c" : "" }));
    draft.answers = draft.answers.map((r, i) => ({ ...r, text: i === 0 ? "Answer" : "" }));
    const errors = errorsOf(draft);
    expect(errors["rows.1.match"]).toEqual(["Choose the answer this one pairs with."]);
    expect(errors["answers.1.text"]).toEqual(["Write this answer, or remove it."]);
  });

  it("refuses control characters and citation ids that cannot exist", () => {
    const errors = errorsOf({ ...withStem("TRUE_FALSE", { correct: ["true"] }), stem: "Bad\u0000", citations: ["../etc"] });
    expect(errors.stem).toEqual(["Remove the invisible control characters."]);
    expect(errors.citations).toEqual(["A ticked citation is not one of the listed quotes."]);
  });
});

describe("reading posted fields and row edits", () => {
  it("reads rows in index order, ignores unknown fields, falls back on an unknown type", () => {
    const draft = readDraft({ type: "NOPE", "rows.1.text": "Second", "rows.0.text": "First", "rows.0.id": "a", "rows.1.id": "b", "correct[]": ["b"], evil: "x" });
    expect(draft.type).toBe("SINGLE_CHOICE");
    expect(draft.rows.map((r) => r.text)).toEqual(["First", "Second"]);
    expect(draft.correct).toEqual(["b"]);
  });

  it("adds, moves and removes rows, dropping a removed option from the key and from pairings", () => {
    let draft: QuestionDraft = { ...emptyDraft("SINGLE_CHOICE"), correct: ["b"] };
    draft = applyIntent(draft, "add:rows");
    expect(draft.rows.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
    draft = applyIntent(draft, "up:rows:1");
    expect(draft.rows.map((r) => r.id)).toEqual(["b", "a", "c", "d"]);
    draft = applyIntent(draft, "down:rows:3");
    expect(draft.rows.map((r) => r.id)).toEqual(["b", "a", "c", "d"]);
    draft = applyIntent(draft, "remove:rows:0");
    expect(draft.rows.map((r) => r.id)).toEqual(["a", "c", "d"]);
    expect(draft.correct).toEqual([]);
    let matching = emptyDraft("MATCHING");
    matching = { ...matching, rows: matching.rows.map((r) => ({ ...r, match: "d" })) };
    expect(applyIntent(matching, "remove:answers:1").rows.map((r) => r.match)).toEqual(["", ""]);
    expect(applyIntent(matching, "explode:rows:1")).toBe(matching);
  });
});

describe("versions and publishing", () => {
  it("replaces only a version no one has seen", () => {
    expect(saveModeFor({ responses: 0, inPublishedSets: 0, inAssignments: 0 })).toBe("replace");
    expect(saveModeFor({ responses: 1, inPublishedSets: 0, inAssignments: 0 })).toBe("new-version");
    expect(saveModeFor({ responses: 0, inPublishedSets: 1, inAssignments: 0 })).toBe("new-version");
    expect(saveModeFor({ responses: 0, inPublishedSets: 0, inAssignments: 1 })).toBe("new-version");
  });

  it("a citation resolves when its span holds the quote, or its source is link-only", () => {
    const text = "The summit was held in Anchorage, Alaska. It lasted “about three hours”.";
    const start = text.indexOf("Anchorage");
    expect(citationResolves({ quote: "Anchorage, Alaska", start, end: start + 17, source: { text } })).toBe(true);
    expect(citationResolves({ quote: "Anchorage, Alaska", start: 0, end: 17, source: { text } })).toBe(false);
    expect(citationResolves({ quote: "Anchorage, Alaska", start: null, end: null, source: { text } })).toBe(false);
    const q = text.indexOf("“");
    expect(citationResolves({ quote: "\"about three hours\"", start: q, end: q + 19, source: { text } })).toBe(true);
    expect(citationResolves({ quote: "met in Alaska on 15 August", start: null, end: null, source: { text: null } })).toBe(true);
    expect(publishProblem([])).toMatch(/Cite at least one quote/);
    expect(publishProblem([{ quote: "gone", start: 0, end: 4, source: { text } }])).toMatch(/None of the cited quotes/);
    expect(publishProblem([{ quote: "gone", start: 0, end: 4, source: { text } }, { quote: "Anchorage, Alaska", start, end: start + 17, source: { text } }])).toBeNull();
  });
});
