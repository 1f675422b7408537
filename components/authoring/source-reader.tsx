"use client";

import { useActionState, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { attachEvidenceBySpan } from "@/app/actions/fact-authoring";
import { EvidenceFields } from "@/components/authoring/facts/evidence-fields";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { checkEvidenceSpan } from "@/lib/domain/evidence-quote";
import { tokenise, type ReaderSentence, type ReaderSource, type Token } from "./source-reader-tokens";

export type { ReaderSource } from "./source-reader-tokens";

type Span = { start: number; end: number };
/** A keyboard selection: words `from`..`to` (inclusive) of one sentence. */
type Cursor = { sentence: number; from: number; to: number };

/**
 * The source's sentences, to choose evidence from. Every sentence and word is rendered with
 * `data-start` (its offset in Source.text), so a mouse selection maps back to exact [start, end)
 * offsets. Keyboard: the sentences are one tab stop; Up/Down move between sentences, Left/Right
 * pick a word, Shift+Right/Shift+Left extend or shrink the selection word by word, Enter uses it
 * (focus goes to the add button), Escape clears it.
 */
export function SourceReader({ factId, source }: { factId: string; source: ReaderSource }) {
  const [state, action, pending] = useActionState(attachEvidenceBySpan, null);
  const [chosen, setChosen] = useState<Span | null>(null);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [active, setActive] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const addButtonId = useId();

  const citable = useMemo(() => source.sentences.filter((s) => s.citable), [source.sentences]);
  const words = useMemo(() => new Map(source.sentences.map((s) => [s.index, tokenise(source.text, s).filter((t) => t.word)])), [source]);
  const check = chosen ? checkEvidenceSpan(source.text, chosen, source.sentences, source.relatedLinks) : null;

  // A successful save clears the selection for the next one.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setChosen(null);
      setCursor(null);
    }
  }

  // Mouse (or touch, or the browser's own caret) selections inside the text.
  const readSelection = useCallback(() => {
    const root = container.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return;
    const start = pointToOffset(root, range.startContainer, range.startOffset);
    const end = pointToOffset(root, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    setCursor(null);
    setChosen({ start, end });
  }, []);
  useEffect(() => {
    document.addEventListener("selectionchange", readSelection);
    return () => document.removeEventListener("selectionchange", readSelection);
  }, [readSelection]);

  function select(next: Cursor) {
    const list = words.get(next.sentence)!;
    setCursor(next);
    setChosen({ start: list[next.from].start, end: list[next.to].end });
    window.getSelection()?.removeAllRanges();
  }

  function focusSentence(position: number) {
    const bounded = Math.max(0, Math.min(citable.length - 1, position));
    setActive(bounded);
    container.current?.querySelector<HTMLElement>(`[data-sentence="${citable[bounded].index}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, sentence: ReaderSentence) {
    const list = words.get(sentence.index)!;
    const here = cursor?.sentence === sentence.index ? cursor : null;
    const position = citable.findIndex((s) => s.index === sentence.index);
    switch (event.key) {
      case "ArrowDown":
        focusSentence(position + 1);
        break;
      case "ArrowUp":
        focusSentence(position - 1);
        break;
      case "ArrowRight":
        if (list.length === 0) return;
        if (event.shiftKey) select(here ? { ...here, to: Math.min(list.length - 1, here.to + 1) } : { sentence: sentence.index, from: 0, to: 0 });
        else select(here ? { sentence: sentence.index, from: Math.min(list.length - 1, here.to + 1), to: Math.min(list.length - 1, here.to + 1) } : { sentence: sentence.index, from: 0, to: 0 });
        break;
      case "ArrowLeft":
        if (list.length === 0) return;
        if (event.shiftKey) select(here ? { ...here, to: Math.max(here.from, here.to - 1) } : { sentence: sentence.index, from: 0, to: 0 });
        else select(here ? { sentence: sentence.index, from: Math.max(0, here.from - 1), to: Math.max(0, here.from - 1) } : { sentence: sentence.index, from: 0, to: 0 });
        break;
      case "Home":
        focusSentence(0);
        break;
      case "End":
        focusSentence(citable.length - 1);
        break;
      case "Enter":
        if (chosen) document.getElementById(addButtonId)?.focus();
        break;
      case "Escape":
        setChosen(null);
        setCursor(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const paragraphs = new Map<number, ReaderSentence[]>();
  for (const s of source.sentences) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  const inChosen = (t: Token) => chosen !== null && t.start < chosen.end && chosen.start < t.end;

  return (
    <div className="flex flex-col gap-4">
      <p id={helpId} className="text-sm text-muted">
        Select words with the mouse, or with the keyboard: Tab into the text, Up and Down move between sentences, Left and Right pick a word, Shift+Right and
        Shift+Left extend or shrink the selection word by word, Enter uses it, Escape clears it. Greyed sentences are not citable.
      </p>
      <div
        ref={container}
        role="region"
        aria-label={`Text of ${source.title}`}
        className="max-h-[60vh] space-y-3 overflow-y-auto rounded-md border border-line bg-card p-4 font-serif text-lg leading-relaxed"
      >
        {[...paragraphs.entries()].map(([paragraph, sentences]) => (
          <p key={paragraph} className={sentences[0].kind === "BODY" ? "" : "font-sans font-semibold"}>
            {sentences.map((sentence, i) => {
              const position = citable.findIndex((s) => s.index === sentence.index);
              return (
                <span key={sentence.index}>
                  {i > 0 ? " " : null}
                  <span
                    data-start={sentence.start}
                    data-sentence={sentence.index}
                    data-citable={sentence.citable}
                    tabIndex={sentence.citable ? (position === active ? 0 : -1) : undefined}
                    aria-describedby={sentence.citable ? helpId : undefined}
                    onKeyDown={sentence.citable ? (event) => onKeyDown(event, sentence) : undefined}
                    onFocus={sentence.citable ? () => setActive(position) : undefined}
                    className={`rounded-sm focus:outline-2 focus:outline-offset-2 focus:outline-accent ${sentence.citable ? "" : "text-muted"}`}
                  >
                    {tokenise(source.text, sentence).map((token) => (
                      <span key={token.start} data-start={token.start} data-token="" className={inChosen(token) ? "bg-accent/25 text-ink" : undefined}>
                        {token.text}
                      </span>
                    ))}
                    {sentence.citable ? null : <span className="sr-only"> (not citable)</span>}
                  </span>
                </span>
              );
            })}
          </p>
        ))}
        {source.relatedLinks.length ? (
          <aside className="border-l-4 border-line pl-3 font-sans text-base text-muted">
            <span className="block text-xs font-semibold tracking-wide uppercase">Related stories (not claims of this source, not citable)</span>
            <ul>
              {source.relatedLinks.map((link, i) => (
                <li key={i}>{link.title}</li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
      <form action={action} className="flex flex-col gap-4" aria-label="Add the selected words as evidence">
        <input type="hidden" name="factId" value={factId} />
        <input type="hidden" name="sourceId" value={source.id} />
        <input type="hidden" name="start" value={check?.ok ? check.span.start : ""} />
        <input type="hidden" name="end" value={check?.ok ? check.span.end : ""} />
        <div role="status" aria-live="polite" className="rounded-md border border-line bg-paper px-3 py-2 text-sm">
          {!chosen ? (
            "No words selected yet."
          ) : check?.ok ? (
            <>
              <span className="font-semibold">Selected</span> (characters {check.span.start}–{check.span.end}): “<span data-testid="selected-quote">{check.quote}</span>”
            </>
          ) : (
            <span className="text-red-700 dark:text-red-300">{check?.message}</span>
          )}
        </div>
        <EvidenceFields errors={state && !state.ok ? state.fieldErrors : undefined} />
        <div>
          <Button id={addButtonId} disabled={pending || !check?.ok}>
            Add the selected words as evidence
          </Button>
        </div>
        <FormStatus state={state} />
      </form>
    </div>
  );
}

/** Offset in the source's text of a DOM point inside the reader, or null outside any sentence. */
function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const token = node.parentElement?.closest<HTMLElement>("[data-token]");
    if (!token || !root.contains(token)) return null;
    return Number(token.dataset.start) + offset;
  }
  if (!(node instanceof Element)) return null;
  // A point between children: the start of the next token, else the end of the last one.
  const next = node.childNodes[offset];
  const nextToken = next instanceof Element ? (next.matches("[data-token]") ? next : next.querySelector("[data-token]")) : next?.parentElement?.closest("[data-token]");
  if (nextToken instanceof HTMLElement) return Number(nextToken.dataset.start);
  const tokens = node.matches("[data-token]") ? [node] : [...node.querySelectorAll("[data-token]")];
  const last = tokens.at(-1);
  return last instanceof HTMLElement ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}
