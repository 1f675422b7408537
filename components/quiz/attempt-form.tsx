"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { saveAttemptPage } from "@/app/actions/attempts";
import { FormStatus } from "@/components/ui/form-status";
import { answerFromFields } from "@/lib/domain/answer-form";
import { isAnswered } from "@/lib/domain/answers";
import type { ShownQuestion } from "@/lib/domain/question-types";
import { AttemptContext, type AttemptContextValue } from "./attempt-context";
import { AutosaveQueue, type HaltReason, type SaveStatus } from "./autosave-queue";
import { submitQuestion } from "./save-messages";

export type AttemptFormProps = {
  attemptId: string;
  sequence: number;
  /** The questions on this page: what answerFromFields needs (never a key). */
  questions: (ShownQuestion & { position: number })[];
  /** Positions answered when the page was rendered, over the whole attempt. */
  answered: number[];
  total: number;
  /** The button Enter presses without JavaScript. */
  defaultGo: "next" | "stay";
  children: ReactNode;
};

const TYPING_DELAY_MS = 400;
const SUBMIT_WAIT_MS = 5000;
const positionOf = (name: string) => {
  const match = /^q(\d+)(?:$|[.[])/.exec(name);
  return match ? Number(match[1]) : null;
};

/**
 * The taking page's one form. Without JavaScript it posts to saveAttemptPage (save, then move).
 * With it, every change is also autosaved as it happens, and moving waits for the saves.
 */
export function AttemptForm({ attemptId, sequence, questions, answered: initiallyAnswered, total, defaultGo, children }: AttemptFormProps) {
  const [state, formAction, pending] = useActionState(saveAttemptPage, null);
  const [statuses, setStatuses] = useState<ReadonlyMap<number, SaveStatus>>(new Map());
  const [answered, setAnswered] = useState<ReadonlySet<number>>(() => new Set(initiallyAnswered));
  const [halted, setHalted] = useState<HaltReason | null>(null);
  const [waiting, setWaiting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const sequenceRef = useRef<HTMLInputElement>(null);
  const typing = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const leaving = useRef(false);
  const byPosition = useMemo(() => new Map(questions.map((q) => [q.position, q])), [questions]);

  const setStatus = (position: number, status: SaveStatus | null) =>
    setStatuses((current) => {
      const next = new Map(current);
      if (status) next.set(position, status);
      else next.delete(position);
      return next;
    });

  // Made on first use, in an event handler: the queue lives outside React's render.
  const queueRef = useRef<AutosaveQueue | null>(null);
  const queue = () =>
    (queueRef.current ??= new AutosaveQueue(attemptId, sequence, {
      status: setStatus,
      sequence(value) {
        if (sequenceRef.current) sequenceRef.current.value = String(value);
      },
      halt(reason) {
        leaving.current = true;
        setHalted(reason);
      },
    }));

  function readForm(position: number) {
    const question = byPosition.get(position);
    if (!question || !formRef.current) return null;
    const fields = new FormData(formRef.current);
    const read = (name: string) => fields.getAll(name).filter((v): v is string => typeof v === "string");
    return answerFromFields(question, position, read);
  }

  function commit(position: number) {
    clearTimeout(typing.current.get(position));
    typing.current.delete(position);
    const question = byPosition.get(position);
    const found = queue().isHalted ? null : readForm(position);
    if (!found || !question) return;
    if (found.kind === "answer") {
      queue().enqueue(position, found.answer);
      setAnswered((current) => {
        const next = new Set(current);
        if (isAnswered(question.type, found.answer)) next.add(position);
        else next.delete(position);
        return next;
      });
    } else if (found.kind === "invalid") {
      setStatus(position, { kind: "error", message: found.message });
    } else if (answered.has(position)) {
      // Emptied: clear the saved answer.
      queue().enqueue(position, null);
      setAnswered((current) => {
        const next = new Set(current);
        next.delete(position);
        return next;
      });
    }
  }

  function schedule(position: number, delay: number) {
    clearTimeout(typing.current.get(position));
    if (delay === 0) return commit(position);
    typing.current.set(position, setTimeout(() => commit(position), delay));
  }

  const flushTyping = () => [...typing.current.keys()].forEach(commit);

  useEffect(() => {
    const pendingTyping = typing.current;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current || (!queueRef.current?.busy && pendingTyping.size === 0)) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const online = () => queueRef.current?.retryNow();
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", online);
      pendingTyping.forEach((timer) => clearTimeout(timer));
    };
  }, []);

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const position = positionOf(target.name);
    if (position === null || !byPosition.has(position)) return;
    const typed = target instanceof HTMLInputElement && (target.type === "text" || target.type === "number");
    schedule(position, typed ? TYPING_DELAY_MS : 0);
  }

  function onBlur(event: FormEvent<HTMLFormElement>) {
    const position = positionOf((event.target as HTMLInputElement).name ?? "");
    if (position !== null && typing.current.has(position)) commit(position);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Enter in a text answer saves it rather than leaving the question.
    const target = event.target as HTMLInputElement;
    if (event.key !== "Enter" || target.tagName !== "INPUT" || target.type !== "text") return;
    event.preventDefault();
    const position = positionOf(target.name);
    if (position !== null) commit(position);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (waiting || pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "submit") {
      if (!window.confirm(submitQuestion(total - answered.size))) return;
    }
    flushTyping();
    // An answer that cannot be read (a mistyped number) is shown where it is, not posted and lost.
    const invalid = questions.find((q) => readForm(q.position)?.kind === "invalid");
    if (invalid) {
      document.getElementById(`question-${invalid.position + 1}`)?.querySelector<HTMLElement>("input:not([type=hidden]), select")?.focus();
      return;
    }
    const formData = new FormData(event.currentTarget, submitter);
    if (submitter?.value === "submit") formData.set("confirmed", "1");
    setWaiting(true);
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, SUBMIT_WAIT_MS));
    void Promise.race([queue().idle(), timeout]).then(() => {
      formData.set("sequence", String(queue().sequence));
      leaving.current = true;
      setWaiting(false);
      startTransition(() => formAction(formData));
    });
  }

  const context: AttemptContextValue = {
    statuses,
    answered,
    halted,
    fieldErrors: state && !state.ok ? (state.fieldErrors ?? {}) : {},
    fieldsChanged(name) {
      const position = positionOf(name);
      if (position !== null && byPosition.has(position)) schedule(position, 0);
    },
    timeUp() {
      flushTyping();
      leaving.current = true;
    },
  };

  return (
    <AttemptContext.Provider value={context}>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        onChange={onChange}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        noValidate
        aria-busy={waiting || pending}
        className="flex flex-col gap-6"
      >
        <input type="hidden" name="attemptId" value={attemptId} />
        <input ref={sequenceRef} type="hidden" name="sequence" defaultValue={sequence} />
        <input type="hidden" name="positions" value={questions.map((q) => q.position).join(",")} />
        {/* First in the form, so Enter without JavaScript saves and moves on, never "Previous". */}
        <button type="submit" name="go" value={defaultGo} tabIndex={-1} aria-hidden="true" className="sr-only">
          Save
        </button>
        {state && !state.ok ? <FormStatus state={state} /> : null}
        {children}
      </form>
    </AttemptContext.Provider>
  );
}
